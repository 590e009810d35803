export declare const STAMP_NAME: string;
export declare function sourceStamp(src: string | string[]): string;
export declare function buildIsCurrent(src: string | string[], dist: string): boolean;

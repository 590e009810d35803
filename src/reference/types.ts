// Reference data about Swedish kommuner, län and comparison groups (see data/referens/README.md).
import type { DistrictKind } from '../model/analysis.ts';

export interface Kommun {
  code: string;
  name: string;
  lanCode: string;
  lanName: string;
  /** SKR kommungrupp code, 2017 edition (used for data up to 2022). */
  grupp2017: string;
  /** SKR kommungrupp code, 2023 edition (used for data from 2023). */
  grupp2023: string;
  population: number;
  /** Date of the population figure, e.g. "2016-12-31". */
  populationDate?: string;
}

export interface Lan {
  code: string;
  name: string;
  shortName: string;
}

export interface Kommungrupp {
  code: string;
  name: string;
  mainGroup: string;
}

/** One vintage of Kolada's "Liknande kommuner LSS" group for a kommun. */
export interface LiknandeGrupp {
  groupId: string;
  title: string;
  year: number;
  members: string[];
}

export interface Delomrade {
  /** Unit code "0180-bromma". */
  code: string;
  parentCode: string;
  name: string;
  kind: DistrictKind;
  validFrom: string;
  validTo?: string;
}

export interface Reference {
  kommuner: Map<string, Kommun>;
  lan: Map<string, Lan>;
  kommungrupper: Map<string, Kommungrupp>;
  /** Per kommunkod, all vintages, oldest first. */
  liknande: Map<string, LiknandeGrupp[]>;
  delomraden: Delomrade[];
}

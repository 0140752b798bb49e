/**
 * Request and response shapes of the StageSense HTTP API (issue 5). Field names are the wire names, snake_case
 * included, so that every front-end sends and reads exactly the same JSON.
 */

export const STAGES = ['imports', 'load', 'explore', 'prepare', 'train', 'evaluate'] as const;
export type Stage = (typeof STAGES)[number];

export type DocstringStyle = 'google' | 'numpy' | 'rest' | 'epytext' | 'javadoc';
export type Language = 'python' | 'java';

export interface IStageRequest {
  code: string;
}

export interface IStageResponse {
  stage: Stage;
  probabilities: Partial<Record<Stage, number>>;
}

/** One answer per cell sent, in order; each cell is read with what the cells before it made. */
export interface IStageBatchResponse {
  results: IStageResponse[];
}

export interface ICompleteRequest {
  prefix: string;
  suffix: string;
  context: string[];
  language: Language;
  max_suggestions: number;
}

export interface ISuggestion {
  text: string;
  score: number;
  masked?: string;
}

export interface ICompleteResponse {
  stage?: Stage;
  suggestions: ISuggestion[];
  elapsed_ms?: number;
}

export interface IDocstringRequest {
  code: string;
  language: Language;
  style: DocstringStyle;
  line?: number;
}

export interface IDocstringEdit {
  start_line: number;
  end_line: number;
  text: string;
}

export interface IDocstringResponse {
  docstring: string;
  summary: string;
  edit: IDocstringEdit;
}

/** Which list of an answer a package belongs to. */
export type PackageRelation = 'alternative' | 'extension' | 'used_with' | 'match';

export interface IPackageResult {
  name: string;
  score: number;
  summary: string | null;
  relation: PackageRelation;
  reasons: string[];
}

export interface IPackagesResponse {
  results: IPackageResult[];
}

/** `GET /v1/packages/similar`: the catalog name the query resolved to (sklearn: scikit-learn) and its lists. */
export interface ISimilarPackagesResponse extends IPackagesResponse {
  name: string;
  resolved_by: 'exact' | 'import_name' | 'debian_name' | 'name_variant' | 'typo';
  summary: string | null;
}

export interface IRecommendResponse extends IPackagesResponse {
  resolved: Record<string, string>;
  unknown: string[];
}

export interface IPackageSearchRequest {
  query: string;
  k: number;
}

export interface IPackageRecommendRequest {
  imports: string[];
  k: number;
}

/** What the Jupyter server extension's `/stagesense/status` reports about the StageSense server behind it. */
export interface IBackendStatus {
  /** ready: answering; starting: launched by the extension, not healthy yet; down: unreachable or failed. */
  state: 'ready' | 'starting' | 'down';
  url: string;
  message: string;
  log_file?: string | null;
}

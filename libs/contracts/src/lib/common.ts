/** Every error body the API sends. `message` is already in the language the client asked for. */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  /** A stable, language-free name of the error for programs (e.g. "auth.token-invalid", "validation"). */
  code?: string;
  /** Field-by-field problems when the request body was invalid. */
  fields?: Record<string, string[]>;
}

/** Every list is paginated: page numbers start at 1, pageSize is at most 100. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export const MAX_PAGE_SIZE = 100;

export type Language = 'fr' | 'en';

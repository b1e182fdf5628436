/** The English dictionary mirrors the French one key for key: a missing translation fails to compile. */
export type Mirror<T> = { [K in keyof T]: T[K] extends string ? string : Mirror<T[K]> };

/**
 * A tiny browser-like HTTP client for API tests: keeps cookies, and echoes XSRF-TOKEN in
 * X-XSRF-TOKEN on unsafe methods as Angular does (unless a test says otherwise).
 */
export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  csrf?: boolean;
  language?: 'fr' | 'en';
  headers?: Record<string, string>;
  rawBody?: string;
}

export class ApiClient {
  private readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** Lets another process act in the same session, like a second browser tab. */
  exportCookies(): string {
    return JSON.stringify([...this.cookies]);
  }

  static withCookies(baseUrl: string, exported: string): ApiClient {
    const client = new ApiClient(baseUrl);
    for (const [name, value] of JSON.parse(exported) as [string, string][]) client.cookies.set(name, value);
    return client;
  }

  async request<T = any>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(method);
    if (unsafe && options.csrf !== false && !this.cookies.has('XSRF-TOKEN')) await this.request('GET', '/api/auth/csrf');
    const headers: Record<string, string> = { 'Accept-Language': options.language ?? 'fr', ...options.headers };
    if (body !== undefined || options.rawBody !== undefined) headers['Content-Type'] = 'application/json';
    if (unsafe && options.csrf !== false) headers['X-XSRF-TOKEN'] = this.cookies.get('XSRF-TOKEN') ?? '';
    const jar = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (jar) headers.Cookie = jar;
    const response = await fetch(this.baseUrl + path, {
      method,
      headers,
      body: options.rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
      redirect: 'manual',
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, ...rest] = pair.split('=');
      const value = rest.join('=');
      const expired = attributes.some((a) => /expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON: keep the text.
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  get<T = any>(path: string, options?: RequestOptions) {
    return this.request<T>('GET', path, undefined, options);
  }
  post<T = any>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('POST', path, body ?? {}, options);
  }
  put<T = any>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('PUT', path, body ?? {}, options);
  }
  delete<T = any>(path: string, options?: RequestOptions) {
    return this.request<T>('DELETE', path, undefined, options);
  }
}

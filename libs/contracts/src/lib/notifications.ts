/** One notice in the notification centre; the web words it from `kind` and `params`. */
export interface NotificationItem {
  id: string;
  kind: string;
  params: Record<string, string | number>;
  link: string | null;
  createdAt: string;
  read: boolean;
}

import { quotesApi } from '@/api/quotes-api';

/** How long the printable page's address stays valid: long enough for the new window to load it. */
const URL_LIFETIME_MS = 60_000;

/**
 * Opens the printable quote in a new window. The page needs the access token, so it is fetched
 * through the API client and shown from a Blob URL; the window is opened before the request so
 * the browser still counts it as the user's click and does not block it.
 */
export async function openQuotePrint(id: number): Promise<void> {
  const target = window.open('', '_blank');
  try {
    const html = await quotesApi.printHtml(id);
    const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
    if (target) target.location.href = url;
    else window.open(url, '_blank');
    setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
  } catch (error) {
    target?.close();
    throw error;
  }
}

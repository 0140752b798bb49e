import { Language } from '../api/types';

/**
 * The StageSense language for an editor MIME type, or null where we have nothing to offer (markdown cells, other
 * file types). Notebook code cells report `text/x-ipython`; `.py` files `text/x-python`.
 */
export function languageForMime(mimeType: string | undefined): Language | null {
  if (!mimeType) {
    return null;
  }
  if (mimeType === 'text/x-ipython' || mimeType === 'text/x-python' || mimeType === 'text/x-cython') {
    return 'python';
  }
  if (mimeType === 'text/x-java' || mimeType === 'text/x-java-source') {
    return 'java';
  }
  return null;
}

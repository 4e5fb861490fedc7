import { useEffect, useState } from 'react';
import { useToken } from '../auth/useAuth';
import { fetchAttachmentBlob } from './attachment-requests';

interface Loaded {
  /** Which file (and which of its forms) the URL is of. */
  source: string;
  url: string | null;
  failed: boolean;
}

/**
 * An object URL of a file or its thumbnail, fetched with the token; revoked when the component unmounts
 * or asks for another file. Null while loading (or when `enabled` is false).
 */
export function useAttachmentUrl(attachmentId: string, which: 'file' | 'thumbnail', enabled = true) {
  const token = useToken();
  const source = `${attachmentId}/${which}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    let url: string | null = null;
    fetchAttachmentBlob(token, attachmentId, which).then(
      (blob) => {
        if (cancelled) return;
        url = URL.createObjectURL(blob);
        setLoaded({ source, url, failed: false });
      },
      () => {
        if (!cancelled) setLoaded({ source, url: null, failed: true });
      },
    );
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [token, attachmentId, which, source, enabled]);

  const current = enabled && loaded?.source === source ? loaded : null;
  return { url: current?.url ?? null, failed: current?.failed ?? false };
}

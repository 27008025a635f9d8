import { useEffect } from 'react';
import { useAppStore, useAppStoreApi } from '@/store/useAppStore';
import { TID } from './testIds';

/** The latest message about a load or link (errors stay until dismissed). */
export function NoticeBanner() {
  const store = useAppStoreApi();
  const notice = useAppStore((s) => s.notice);
  useEffect(() => {
    if (!notice?.transient) return;
    const timer = setTimeout(() => {
      if (store.getState().notice === notice) store.getState().showNotice(null);
    }, 4000);
    return () => clearTimeout(timer);
  }, [notice, store]);
  if (!notice) return null;
  return (
    <div className={`osop-banner osop-banner--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid={TID.notice}>
      <div>
        <strong>{notice.title}</strong>
        {notice.detail !== undefined && <span> {notice.detail}</span>}
      </div>
      <button type="button" className="osop-banner__close" aria-label="Dismiss message" onClick={() => store.getState().showNotice(null)}>
        ×
      </button>
    </div>
  );
}

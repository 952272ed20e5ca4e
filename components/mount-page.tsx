import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from './common/ErrorBoundary';
import './styles.css';

export function mountPage(page: ReactNode) {
  const container = document.getElementById('root');
  if (!container) throw new Error('page has no #root element');
  createRoot(container).render(
    <StrictMode>
      <ErrorBoundary>{page}</ErrorBoundary>
    </StrictMode>,
  );
}

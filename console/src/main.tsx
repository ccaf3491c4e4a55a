import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/index.ts';
import './styles.css';
import { App, preloadFirstScreen } from './App.tsx';

// Render once the first screen's chunks are here: no spinner flash, no Suspense hold-back.
// A chunk that fails to load is not fatal here; the page's error boundary reports it.
void preloadFirstScreen(window.location.pathname)
  .catch(() => undefined)
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );

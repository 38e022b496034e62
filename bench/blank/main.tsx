// Baseline for the bench: the cheapest Vite + React 19 page that reaches the same mark the
// dashboard sets once its first screen is drawn (see bench/measure.ts).
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';

function Blank() {
  useEffect(() => {
    if (performance.getEntriesByName('shiliu:first-full-render').length === 0) {
      performance.mark('shiliu:first-full-render');
      document.documentElement.dataset.fullRender = 'true';
    }
  }, []);
  return <div>blank</div>;
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Blank />);

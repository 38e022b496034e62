import { AppProviders } from './providers';
import { Dashboard } from './dashboard';

export function App() {
  return (
    <AppProviders>
      <Dashboard />
    </AppProviders>
  );
}

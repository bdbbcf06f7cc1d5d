import { StatusPanel } from './status/StatusPanel';

export function App() {
  return (
    <>
      <header>
        <h1>CHP Insight</h1>
        <p>Learning from complaints under the SPSO Model Complaints Handling Procedure</p>
      </header>
      <main>
        <StatusPanel />
      </main>
    </>
  );
}

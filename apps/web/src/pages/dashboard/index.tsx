import { Page } from '../../Layout';

/** The strategic dashboard (issue 13): built by the dashboard work; this placeholder keeps the route alive. */
export default function Dashboard() {
  return (
    <Page title="Dashboard">
      <p>The dashboard is not built yet.</p>
    </Page>
  );
}

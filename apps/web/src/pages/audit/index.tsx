import { Page } from '../../Layout';

/** The audit trail with its filters: a placeholder for now. */
export default function Audit() {
  return (
    <Page title="Audit trail">
      <p>The audit trail page is not built yet.</p>
    </Page>
  );
}

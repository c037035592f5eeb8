import { Page } from '../../Layout';

/** Administration (agencies, users, panels, memberships, settings, failed e-mails): a placeholder for now. */
export default function Admin() {
  return (
    <Page title="Administration">
      <p>The administration pages are not built yet.</p>
    </Page>
  );
}

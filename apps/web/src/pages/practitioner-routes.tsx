import { Route } from 'react-router';
import { Page } from '../Layout';

function Soon({ title }: { title: string }) {
  return (
    <Page title={title}>
      <p>Coming soon.</p>
    </Page>
  );
}

/** The practitioners' pages (referrals, cases, meetings, actions). */
export const practitionerRoutes = (
  <>
    <Route path="referrals/new" element={<Soon title="New referral" />} />
    <Route path="referrals" element={<Soon title="Referrals inbox" />} />
    <Route path="my-referrals" element={<Soon title="My referrals" />} />
    <Route path="cases" element={<Soon title="Cases" />} />
    <Route path="cases/:reference" element={<Soon title="Case" />} />
    <Route path="meetings" element={<Soon title="Meetings" />} />
    <Route path="meetings/:id" element={<Soon title="Meeting" />} />
    <Route path="actions" element={<Soon title="Actions" />} />
    <Route path="actions/:id" element={<Soon title="Action" />} />
  </>
);

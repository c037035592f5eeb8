import { Route } from 'react-router';
import { ActionPage, ActionsList } from './actions';
import { CasePage, CasesList } from './cases';
import { MeetingPage, MeetingsList } from './meetings';
import { MyReferrals, NewReferral, ReferralsInbox } from './referrals';

/** The practitioners' pages (referrals, cases, meetings, actions). */
export const practitionerRoutes = (
  <>
    <Route path="referrals/new" element={<NewReferral />} />
    <Route path="referrals" element={<ReferralsInbox />} />
    <Route path="my-referrals" element={<MyReferrals />} />
    <Route path="cases" element={<CasesList />} />
    <Route path="cases/:reference" element={<CasePage />} />
    <Route path="meetings" element={<MeetingsList />} />
    <Route path="meetings/:id" element={<MeetingPage />} />
    <Route path="actions" element={<ActionsList />} />
    <Route path="actions/:id" element={<ActionPage />} />
  </>
);

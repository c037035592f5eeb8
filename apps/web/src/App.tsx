import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useAuth } from './auth';
import { Layout, Page } from './Layout';
import { homeOf } from './roles';
import { Loading } from './ui';
import { SignIn } from './pages/SignIn';
import { practitionerRoutes } from './pages/practitioner-routes';

// the strategic, admin and audit pages load on first use (the dashboard's charts are large)
const Dashboard = lazy(() => import('./pages/dashboard/index'));
const Admin = lazy(() => import('./pages/admin/index'));
const Audit = lazy(() => import('./pages/audit/index'));

function Home() {
  const { roles } = useAuth();
  return <Navigate to={roles ? homeOf(roles) : '/sign-in'} replace />;
}

function NotFound() {
  return (
    <Page title="Page not found">
      <p>There is no page at this address.</p>
    </Page>
  );
}

/**
 * Every route of the client. The API serves index.html for each of these paths (apps/api/src/web-client.ts lists
 * their first segments): e-mails link to /cases/<reference>, /meetings/<id> and /actions/<id>.
 */
export function App() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/sign-in" element={<SignIn />} />
        <Route element={<Layout />}>
          <Route index element={<Home />} />
          {practitionerRoutes}
          <Route path="dashboard/*" element={<Dashboard />} />
          <Route path="admin/*" element={<Admin />} />
          <Route path="audit/*" element={<Audit />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

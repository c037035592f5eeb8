import { useEffect, useRef, type ReactNode } from 'react';
import { NavLink, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth } from './auth';
import type { Roles } from './roles';

/** The navigation a role needs (the API still decides what each page may show). */
export function navOf(r: Roles): [to: string, text: string][] {
  const links: [string, string][] = [];
  if (r.staff) links.push(['/referrals', 'Referrals inbox']);
  if (r.staff || r.rep) links.push(['/cases', 'Cases'], ['/meetings', 'Meetings'], ['/actions', 'Actions']);
  if (r.referrer) links.push(['/my-referrals', 'My referrals']);
  if (r.referrer || r.staff || r.rep) links.push(['/referrals/new', 'New referral']);
  if (r.strategic || r.coordinator) links.push(['/dashboard', 'Dashboard']);
  if (r.admin) links.push(['/admin', 'Administration']);
  if (r.auditor) links.push(['/audit', 'Audit trail']);
  return links;
}

/** Every signed-in page: a skip link, the role's navigation, the user and sign-out, then the page. */
export function Layout() {
  const { me, roles, signOut } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // a new page moves the focus to its content, as a full page load would
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  if (!me || !roles)
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-header">
        <div className="brand">MARAC platform</div>
        <nav aria-label="Main">
          <ul>
            {navOf(roles).map(([to, text]) => (
              <li key={to}>
                <NavLink to={to} end={to === '/referrals'}>
                  {text}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span>
            {me.name} <span className="agency">({me.agency.name})</span>
          </span>
          <button
            type="button"
            onClick={async () => {
              await signOut();
              navigate('/sign-in', { replace: true });
            }}
          >
            Sign out
          </button>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

/** Sets the document's title for a page. */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} - MARAC platform`;
  }, [title]);
}

export function Page({
  title,
  children,
  actions,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  usePageTitle(title);
  return (
    <>
      <div className="page-head">
        <h1>{title}</h1>
        {actions}
      </div>
      {children}
    </>
  );
}

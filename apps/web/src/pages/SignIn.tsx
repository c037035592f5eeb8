import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth';
import { ErrorSummary, formErrors, type FormErrors } from '../errors';
import { usePageTitle } from '../Layout';
import { homeOf, rolesOf } from '../roles';
import { TextField } from '../ui';

/** Where a signed-out visit was going (set by the route guard), if it is one of ours. */
function returnTo(state: unknown): string | null {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' &&
    from.startsWith('/') &&
    !from.startsWith('//') &&
    !from.startsWith('/sign-in')
    ? from
    : null;
}

export function SignIn() {
  usePageTitle('Sign in');
  const { me, signIn } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [errors, setErrors] = useState<FormErrors>(formErrors(null));
  const [busy, setBusy] = useState(false);
  const from = returnTo(location.state);

  if (me) return <Navigate to={from ?? homeOf(rolesOf(me))} replace />;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    try {
      const user = await signIn(String(form.get('email')), String(form.get('password')));
      navigate(from ?? homeOf(rolesOf(user)), { replace: true });
    } catch (err) {
      setErrors(
        formErrors(err, {
          UNAUTHENTICATED: 'The e-mail address or the password is not right.',
          FORBIDDEN: 'This account cannot sign in. Ask your administrator.',
        }),
      );
      setBusy(false);
    }
  }

  return (
    <main id="main" className="sign-in">
      <h1>Sign in to the MARAC platform</h1>
      {from && <p>Sign in to open the page your link points to.</p>}
      <ErrorSummary errors={errors} />
      <form onSubmit={submit} noValidate aria-label="Sign in">
        <TextField
          label="E-mail address"
          name="email"
          type="email"
          autoComplete="username"
          required
          errors={errors}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          errors={errors}
        />
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}

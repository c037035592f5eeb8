/**
 * /admin: agencies, users (create, disable), panels (create), memberships (add, remove), panel settings (population,
 * expected ranges) and failed e-mails with retry. ADMIN only: the API refuses every operation to anyone else.
 */
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Field, FormMessage } from './Field.js';
import { formError, generalMessage, messageFor, type FormError } from './form-error.js';
import {
  ADD_PANEL_MEMBER,
  ADMIN_DATA,
  ADMIN_USERS,
  AGENCY_KINDS,
  CREATE_AGENCY,
  CREATE_PANEL,
  CREATE_USER,
  DISABLE_USER,
  FAILED_NOTIFICATIONS,
  GLOBAL_ROLES,
  PANEL_KINDS,
  PANEL_ROLES,
  REMOVE_PANEL_MEMBER,
  RETRY_NOTIFICATION,
  UPDATE_PANEL_SETTINGS,
} from './queries.js';
import {
  RANGE_FIGURES,
  settingsForm,
  settingsInput,
  type SettingsForm,
  type SettingsLike,
} from './settings.js';
import { Page } from '../../Layout';
import type {
  AgencyKind,
  CreatePanelInput,
  CreateUserInput,
  GlobalRole,
  PanelKind,
  PanelRole,
} from '../../gql/graphql';
import './admin.css';

interface Agency {
  id: string;
  name: string;
  kind: string;
}
interface Panel {
  id: string;
  name: string;
  kind: string;
  area: string;
  areaCode: string;
  memberAgencies: { id: string; name: string }[];
  settings: SettingsLike | null;
}
interface User {
  id: string;
  name: string;
  email: string;
  disabled: boolean;
  globalRoles: string[];
  agency: { id: string; name: string };
  memberships: { role: string; panel: { id: string; name: string } }[];
}
interface Outbox {
  id: string;
  kind: string;
  recipient: string;
  subject: string;
  attempts: number;
  createdAt: string;
  failedAt: string | null;
  lastError: string | null;
}

const words = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');
const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('en-GB', { timeZone: 'Europe/London' }) : '—';

export default function Admin() {
  const { data, error, loading } = useQuery<{ agencies: Agency[]; panels: Panel[] }>(ADMIN_DATA);
  if (loading)
    return (
      <Page title="Administration">
        <p role="status">Loading…</p>
      </Page>
    );
  if (error || !data)
    return (
      <Page title="Administration">
        <p role="alert">{formError(error)?.message ?? 'Nothing to show.'}</p>
      </Page>
    );
  return (
    <Page title="Administration">
      <div className="adm">
        <nav aria-label="Sections of this page">
          <ul className="adm-toc">
            <li>
              <a href="#adm-agencies">Agencies</a>
            </li>
            <li>
              <a href="#adm-users">Users and memberships</a>
            </li>
            <li>
              <a href="#adm-panels">Panels and settings</a>
            </li>
            <li>
              <a href="#adm-failed">Failed e-mails</a>
            </li>
          </ul>
        </nav>
        <Agencies agencies={data.agencies} />
        <Users agencies={data.agencies} panels={data.panels} />
        <Panels agencies={data.agencies} panels={data.panels} />
        <FailedEmails />
      </div>
    </Page>
  );
}

function Agencies({ agencies }: { agencies: Agency[] }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<AgencyKind>('POLICE');
  const [err, setErr] = useState<FormError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CREATE_AGENCY, { refetchQueries: [ADMIN_DATA] });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErr(null);
    setDone(null);
    try {
      await create({ variables: { input: { name, kind } } });
      setDone(`${name} was added.`);
      setName('');
    } catch (x) {
      setErr(formError(x));
    }
  };
  return (
    <section aria-labelledby="adm-agencies">
      <h2 id="adm-agencies">Agencies</h2>
      <table className="adm-table">
        <caption className="adm-sr">Agencies</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
          </tr>
        </thead>
        <tbody>
          {agencies.map((a) => (
            <tr key={a.id}>
              <td>{a.name}</td>
              <td>{words(a.kind)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={submit} className="adm-form" aria-labelledby="adm-agency-new">
        <h3 id="adm-agency-new">Add an agency</h3>
        <FormMessage message={generalMessage(err, ['name', 'kind'])} />
        <Field label="Name" error={messageFor(err, 'name')}>
          <input value={name} onChange={(e) => setName(e.target.value)} required />
        </Field>
        <Field label="Kind" error={messageFor(err, 'kind')}>
          <select value={kind} onChange={(e) => setKind(e.target.value as AgencyKind)}>
            {AGENCY_KINDS.map((k) => (
              <option key={k} value={k}>
                {words(k)}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" disabled={loading}>
          Add agency
        </button>
        {done && <p role="status">{done}</p>}
      </form>
    </section>
  );
}

function Users({ agencies, panels }: { agencies: Agency[]; panels: Panel[] }) {
  const [after, setAfter] = useState<string[]>([]);
  const { data, error, loading, refetch } = useQuery<{ users: User[] }>(ADMIN_USERS, {
    variables: { after: after[after.length - 1] ?? null },
  });
  const [actionErr, setActionErr] = useState<FormError | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [disable] = useMutation(DISABLE_USER);
  const [remove] = useMutation(REMOVE_PANEL_MEMBER);
  const users = data?.users ?? [];
  const run = async (what: () => Promise<unknown>, ok: string) => {
    setActionErr(null);
    setStatus(null);
    try {
      await what();
      await refetch();
      setStatus(ok);
    } catch (x) {
      setActionErr(formError(x));
    }
  };
  return (
    <section aria-labelledby="adm-users">
      <h2 id="adm-users">Users and memberships</h2>
      <FormMessage message={actionErr?.message ?? null} />
      {status && <p role="status">{status}</p>}
      {loading && <p role="status">Loading the users…</p>}
      {error && <p role="alert">{formError(error)?.message}</p>}
      <table className="adm-table">
        <caption className="adm-sr">Users</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">E-mail</th>
            <th scope="col">Agency</th>
            <th scope="col">Roles and panels</th>
            <th scope="col">Account</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>{u.agency.name}</td>
              <td>
                {u.globalRoles.map(words).join(', ')}
                <ul className="adm-list">
                  {u.memberships.map((m) => (
                    <li key={`${m.panel.id}-${m.role}`}>
                      {words(m.role)}, {m.panel.name}{' '}
                      <button
                        type="button"
                        onClick={() =>
                          run(
                            () => remove({ variables: { panelId: m.panel.id, userId: u.id } }),
                            `${u.name} no longer has a role on ${m.panel.name}.`,
                          )
                        }
                        aria-label={`Remove ${u.name} from ${m.panel.name}`}
                      >
                        Remove
                      </button>
                    </li>
                  ))}
                </ul>
                {u.globalRoles.length === 0 && !u.disabled && (
                  <AddMembership user={u} panels={panels} onDone={() => refetch()} />
                )}
              </td>
              <td>
                {u.disabled ? (
                  'Disabled'
                ) : (
                  <button
                    type="button"
                    onClick={() => {
                      if (window.confirm(`Disable ${u.name}? They are signed out at once.`))
                        void run(() => disable({ variables: { userId: u.id } }), `${u.name} is disabled.`);
                    }}
                    aria-label={`Disable ${u.name}`}
                  >
                    Disable
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="adm-paging">
        {after.length > 0 && (
          <button type="button" onClick={() => setAfter((a) => a.slice(0, -1))}>
            Previous page
          </button>
        )}
        {users.length === 100 && (
          <button type="button" onClick={() => setAfter((a) => [...a, users[users.length - 1].id])}>
            Next page
          </button>
        )}
      </div>
      <NewUser agencies={agencies} onDone={() => refetch()} />
    </section>
  );
}

function AddMembership({ user, panels, onDone }: { user: User; panels: Panel[]; onDone: () => void }) {
  const [panelId, setPanelId] = useState(panels[0]?.id ?? '');
  const [role, setRole] = useState<PanelRole>('AGENCY_REP');
  const [err, setErr] = useState<FormError | null>(null);
  const [add, { loading }] = useMutation(ADD_PANEL_MEMBER);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErr(null);
    try {
      await add({ variables: { input: { panelId, userId: user.id, role } } });
      onDone();
    } catch (x) {
      setErr(formError(x));
    }
  };
  return (
    <form onSubmit={submit} className="adm-inline" aria-label={`Give ${user.name} a panel role`}>
      <FormMessage message={generalMessage(err, ['panelId', 'role'])} />
      <Field label="Panel" error={messageFor(err, 'panelId')}>
        <select value={panelId} onChange={(e) => setPanelId(e.target.value)}>
          {panels.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Role" error={messageFor(err, 'role')}>
        <select value={role} onChange={(e) => setRole(e.target.value as PanelRole)}>
          {PANEL_ROLES.map((r) => (
            <option key={r} value={r}>
              {words(r)}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" disabled={loading}>
        Add role
      </button>
    </form>
  );
}

function NewUser({ agencies, onDone }: { agencies: Agency[]; onDone: () => void }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [agencyId, setAgencyId] = useState(agencies[0]?.id ?? '');
  const [roles, setRoles] = useState<GlobalRole[]>([]);
  const [password, setPassword] = useState('');
  const [err, setErr] = useState<FormError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CREATE_USER);
  const fields = ['name', 'email', 'agencyId', 'globalRoles', 'password'];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErr(null);
    setDone(null);
    try {
      const input: CreateUserInput = { name, email, agencyId, globalRoles: roles };
      if (password) input.password = password;
      await create({ variables: { input } });
      setDone(password ? `${name} can sign in now.` : `${name} was sent an invitation e-mail.`);
      setName('');
      setEmail('');
      setPassword('');
      setRoles([]);
      onDone();
    } catch (x) {
      setErr(formError(x));
    }
  };
  return (
    <form onSubmit={submit} className="adm-form" aria-labelledby="adm-user-new">
      <h3 id="adm-user-new">Create a user</h3>
      <FormMessage message={generalMessage(err, fields)} />
      <Field label="Full name" error={messageFor(err, 'name')}>
        <input value={name} onChange={(e) => setName(e.target.value)} required autoComplete="off" />
      </Field>
      <Field label="E-mail" error={messageFor(err, 'email')}>
        <input
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          required
          autoComplete="off"
        />
      </Field>
      <Field label="Agency" error={messageFor(err, 'agencyId')}>
        <select value={agencyId} onChange={(e) => setAgencyId(e.target.value)}>
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="adm-fieldset">
        <legend>Roles not tied to a panel (panel roles are added afterwards)</legend>
        {GLOBAL_ROLES.map((r) => (
          <label key={r} className="adm-check">
            <input
              type="checkbox"
              checked={roles.includes(r)}
              onChange={(e) => setRoles((x) => (e.target.checked ? [...x, r] : x.filter((y) => y !== r)))}
            />{' '}
            {words(r)}
          </label>
        ))}
        {messageFor(err, 'globalRoles') && (
          <span className="adm-error">{messageFor(err, 'globalRoles')}</span>
        )}
      </fieldset>
      <Field
        label="Password (optional)"
        hint="Leave empty to send an invitation e-mail with a one-time link."
        error={messageFor(err, 'password')}
      >
        <input
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="new-password"
        />
      </Field>
      <button type="submit" disabled={loading}>
        Create user
      </button>
      {done && <p role="status">{done}</p>}
    </form>
  );
}

function Panels({ agencies, panels }: { agencies: Agency[]; panels: Panel[] }) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section aria-labelledby="adm-panels">
      <h2 id="adm-panels">Panels and settings</h2>
      <table className="adm-table">
        <caption className="adm-sr">Panels</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col">Area (code)</th>
            <th scope="col">Member agencies</th>
            <th scope="col">Settings</th>
          </tr>
        </thead>
        <tbody>
          {panels.map((p) => (
            <tr key={p.id}>
              <td>{p.name}</td>
              <td>{p.kind}</td>
              <td>
                {p.area} ({p.areaCode})
              </td>
              <td>{p.memberAgencies.map((a) => a.name).join(', ')}</td>
              <td>
                <button
                  type="button"
                  aria-expanded={editing === p.id}
                  onClick={() => setEditing(editing === p.id ? null : p.id)}
                >
                  {editing === p.id ? 'Close settings' : `Settings of ${p.name}`}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {panels
        .filter((p) => p.id === editing)
        .map((p) => (
          <PanelSettings key={p.id} panel={p} />
        ))}
      <NewPanel agencies={agencies} />
    </section>
  );
}

function PanelSettings({ panel }: { panel: Panel }) {
  const [initial] = useState<SettingsForm>(() => settingsForm(panel.settings));
  const [form, setForm] = useState<SettingsForm>(initial);
  const [err, setErr] = useState<FormError | null>(null);
  const [rows, setRows] = useState<number[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UPDATE_PANEL_SETTINGS);
  const rowError = (i: number, end: 'min' | 'max' | 'figure') => {
    const sent = rows.indexOf(i);
    return sent < 0 ? null : messageFor(err, `expectedRanges.${sent}.${end}`);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErr(null);
    setDone(null);
    const out = settingsInput(panel.id, form, initial);
    if (!('input' in out)) {
      setRows(form.ranges.map((_, i) => i));
      setErr({ field: out.field, message: out.message, code: 'BAD_USER_INPUT' });
      return;
    }
    setRows(out.rows);
    try {
      await update({ variables: { input: out.input } });
      setDone(`The settings of ${panel.name} are saved.`);
    } catch (x) {
      setErr(formError(x));
    }
  };
  const setRange = (i: number, end: 'min' | 'max', v: string) =>
    setForm((f) => ({ ...f, ranges: f.ranges.map((r, j) => (j === i ? { ...r, [end]: v } : r)) }));
  const general =
    err && !err.field?.startsWith('expectedRanges')
      ? generalMessage(err, ['adultFemalePopulation', 'bamePopulationShare'])
      : null;
  return (
    <form onSubmit={submit} className="adm-form" aria-labelledby="adm-settings">
      <h3 id="adm-settings">Settings of {panel.name}</h3>
      <p>
        Used by the strategic dashboard. Shares are in percent. A range with both ends empty is not checked;
        the BAME range, left as it is, follows the local BAME population share.
      </p>
      <FormMessage message={general} />
      <Field
        label="Adult female population (women aged 16+)"
        error={messageFor(err, 'adultFemalePopulation')}
      >
        <input
          inputMode="numeric"
          value={form.adultFemalePopulation}
          onChange={(e) => setForm({ ...form, adultFemalePopulation: e.target.value })}
        />
      </Field>
      <Field label="Local BAME population share (%)" error={messageFor(err, 'bamePopulationShare')}>
        <input
          inputMode="decimal"
          value={form.bamePopulationPercent}
          onChange={(e) => setForm({ ...form, bamePopulationPercent: e.target.value })}
        />
      </Field>
      <table className="adm-table">
        <caption>Expected ranges</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Lowest</th>
            <th scope="col">Highest</th>
          </tr>
        </thead>
        <tbody>
          {form.ranges.map((r, i) => {
            const def = RANGE_FIGURES.find((f) => f.figure === r.figure)!;
            const unit = def.percent ? ' (%)' : '';
            return (
              <tr key={r.figure}>
                <th scope="row">{def.label}</th>
                <td>
                  <Field
                    label={`${def.label}, lowest${unit}`}
                    error={rowError(i, 'min') ?? rowError(i, 'figure')}
                  >
                    <input
                      inputMode="decimal"
                      value={r.min}
                      onChange={(e) => setRange(i, 'min', e.target.value)}
                    />
                  </Field>
                </td>
                <td>
                  <Field label={`${def.label}, highest${unit}`} error={rowError(i, 'max')}>
                    <input
                      inputMode="decimal"
                      value={r.max}
                      onChange={(e) => setRange(i, 'max', e.target.value)}
                    />
                  </Field>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="submit" disabled={loading}>
        Save settings
      </button>
      {done && <p role="status">{done}</p>}
    </form>
  );
}

function NewPanel({ agencies }: { agencies: Agency[] }) {
  const [name, setName] = useState('');
  const [area, setArea] = useState('');
  const [areaCode, setAreaCode] = useState('');
  const [kind, setKind] = useState<PanelKind>('MARAC');
  const [members, setMembers] = useState<string[]>([]);
  const [err, setErr] = useState<FormError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CREATE_PANEL, { refetchQueries: [ADMIN_DATA] });
  const fields = ['name', 'area', 'areaCode', 'kind', 'memberAgencyIds'];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErr(null);
    setDone(null);
    try {
      const input: CreatePanelInput = { name, area, kind, memberAgencyIds: members };
      if (areaCode) input.areaCode = areaCode;
      await create({ variables: { input } });
      setDone(`${name} was created.`);
      setName('');
      setArea('');
      setAreaCode('');
      setMembers([]);
    } catch (x) {
      setErr(formError(x));
    }
  };
  return (
    <form onSubmit={submit} className="adm-form" aria-labelledby="adm-panel-new">
      <h3 id="adm-panel-new">Create a panel</h3>
      <FormMessage message={generalMessage(err, fields)} />
      <Field label="Name" error={messageFor(err, 'name')}>
        <input value={name} onChange={(e) => setName(e.target.value)} required />
      </Field>
      <Field label="Area" error={messageFor(err, 'area')}>
        <input value={area} onChange={(e) => setArea(e.target.value)} required />
      </Field>
      <Field
        label="Area code (optional)"
        hint="Two to six capital letters; derived from the area when empty."
        error={messageFor(err, 'areaCode')}
      >
        <input value={areaCode} onChange={(e) => setAreaCode(e.target.value)} />
      </Field>
      <Field label="Kind" error={messageFor(err, 'kind')}>
        <select value={kind} onChange={(e) => setKind(e.target.value as PanelKind)}>
          {PANEL_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="adm-fieldset">
        <legend>Member agencies</legend>
        {agencies.map((a) => (
          <label key={a.id} className="adm-check">
            <input
              type="checkbox"
              checked={members.includes(a.id)}
              onChange={(e) =>
                setMembers((x) => (e.target.checked ? [...x, a.id] : x.filter((y) => y !== a.id)))
              }
            />{' '}
            {a.name}
          </label>
        ))}
        {messageFor(err, 'memberAgencyIds') && (
          <span className="adm-error">{messageFor(err, 'memberAgencyIds')}</span>
        )}
      </fieldset>
      <button type="submit" disabled={loading}>
        Create panel
      </button>
      {done && <p role="status">{done}</p>}
    </form>
  );
}

function FailedEmails() {
  const { data, error, loading, refetch } = useQuery<{ failedNotifications: Outbox[] }>(FAILED_NOTIFICATIONS);
  const [retry] = useMutation(RETRY_NOTIFICATION);
  const [status, setStatus] = useState<string | null>(null);
  const [err, setErr] = useState<FormError | null>(null);
  const list = data?.failedNotifications ?? [];
  return (
    <section aria-labelledby="adm-failed">
      <h2 id="adm-failed">Failed e-mails</h2>
      <FormMessage message={err?.message ?? (error ? (formError(error)?.message ?? null) : null)} />
      {status && <p role="status">{status}</p>}
      {loading ? (
        <p role="status">Loading…</p>
      ) : list.length === 0 ? (
        <p>No e-mail has failed.</p>
      ) : (
        <table className="adm-table">
          <caption className="adm-sr">E-mails kept as failed after every retry, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Subject</th>
              <th scope="col">To</th>
              <th scope="col">Kind</th>
              <th scope="col">Attempts</th>
              <th scope="col">Failed at</th>
              <th scope="col">Last error</th>
              <th scope="col">Retry</th>
            </tr>
          </thead>
          <tbody>
            {list.map((m) => (
              <tr key={m.id}>
                <td>{m.subject}</td>
                <td>{m.recipient}</td>
                <td>{m.kind}</td>
                <td>{m.attempts}</td>
                <td>{when(m.failedAt)}</td>
                <td>{m.lastError ?? '—'}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`Send again: ${m.subject} to ${m.recipient}`}
                    onClick={async () => {
                      setErr(null);
                      setStatus(null);
                      try {
                        await retry({ variables: { id: m.id } });
                        await refetch();
                        setStatus(`"${m.subject}" to ${m.recipient} is queued again.`);
                      } catch (x) {
                        setErr(formError(x));
                      }
                    }}
                  >
                    Send again
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

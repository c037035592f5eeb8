/**
 * /admin: agencies, users (create, disable), panels (create), memberships (add, remove), panel settings (population,
 * expected ranges) and failed e-mails with retry. ADMIN only: the API refuses every operation to anyone else.
 */
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
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
import {
  ErrorMessage,
  ErrorSummary,
  formErrors,
  localErrors,
  renameFields,
  type FormErrors,
} from '../../errors';
import { Page } from '../../Layout';
import { CheckboxGroup, formatDateTime, Loading, SelectField, TextField, words } from '../../ui';
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

/** a select's or a checkbox group's options: each code in words */
const inWords = (codes: readonly string[]) => codes.map((c) => [c, words(c)] as const);
const NO_ERRORS = formErrors(null);
/** a mutation's refusal: the form shows it from the mutation's `error` */
const refused = () => null;

export default function Admin() {
  const { data, error, loading } = useQuery<{ agencies: Agency[]; panels: Panel[] }>(ADMIN_DATA);
  if (loading)
    return (
      <Page title="Administration">
        <Loading />
      </Page>
    );
  if (error || !data)
    return (
      <Page title="Administration">
        {error ? <ErrorMessage error={error} /> : <p role="alert">Nothing to show.</p>}
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
  const [done, setDone] = useState<string | null>(null);
  const [create, { loading, error }] = useMutation(CREATE_AGENCY, { refetchQueries: [ADMIN_DATA] });
  const errors = formErrors(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    if (!(await create({ variables: { input: { name, kind } } }).catch(refused))) return;
    setDone(`${name} was added.`);
    setName('');
  };
  return (
    <section aria-labelledby="adm-agencies">
      <h2 id="adm-agencies">Agencies</h2>
      <table className="adm-table">
        <caption className="visually-hidden">Agencies</caption>
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
        <ErrorSummary errors={errors} />
        <TextField
          label="Name"
          name="name"
          errors={errors}
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
        />
        <SelectField
          label="Kind"
          name="kind"
          errors={errors}
          options={inWords(AGENCY_KINDS)}
          value={kind}
          onChange={(e) => setKind(e.target.value as AgencyKind)}
        />
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
  const [actionError, setActionError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [disable] = useMutation(DISABLE_USER);
  const [remove] = useMutation(REMOVE_PANEL_MEMBER);
  const users = data?.users ?? [];
  const run = async (what: () => Promise<unknown>, ok: string) => {
    setActionError(null);
    setStatus(null);
    try {
      await what();
      await refetch();
      setStatus(ok);
    } catch (x) {
      setActionError(x);
    }
  };
  return (
    <section aria-labelledby="adm-users">
      <h2 id="adm-users">Users and memberships</h2>
      <ErrorMessage error={actionError} />
      {status && <p role="status">{status}</p>}
      {loading && <Loading what="Loading the users" />}
      <ErrorMessage error={error} />
      <table className="adm-table">
        <caption className="visually-hidden">Users</caption>
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
                {u.globalRoles.map((r) => words(r)).join(', ')}
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
  const [add, { loading, error }] = useMutation(ADD_PANEL_MEMBER);
  const errors = formErrors(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await add({ variables: { input: { panelId, userId: user.id, role } } }).catch(refused)) onDone();
  };
  return (
    <form onSubmit={submit} className="adm-inline" aria-label={`Give ${user.name} a panel role`}>
      <ErrorSummary errors={errors} />
      <SelectField
        label="Panel"
        name="panelId"
        errors={errors}
        options={panels.map((p) => [p.id, p.name] as const)}
        value={panelId}
        onChange={(e) => setPanelId(e.target.value)}
      />
      <SelectField
        label="Role"
        name="role"
        errors={errors}
        options={inWords(PANEL_ROLES)}
        value={role}
        onChange={(e) => setRole(e.target.value as PanelRole)}
      />
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
  const [done, setDone] = useState<string | null>(null);
  const [create, { loading, error }] = useMutation(CREATE_USER);
  const errors = formErrors(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const input: CreateUserInput = { name, email, agencyId, globalRoles: roles };
    if (password) input.password = password;
    if (!(await create({ variables: { input } }).catch(refused))) return;
    setDone(password ? `${name} can sign in now.` : `${name} was sent an invitation e-mail.`);
    setName('');
    setEmail('');
    setPassword('');
    setRoles([]);
    onDone();
  };
  return (
    <form onSubmit={submit} className="adm-form" aria-labelledby="adm-user-new">
      <h3 id="adm-user-new">Create a user</h3>
      <ErrorSummary errors={errors} />
      <TextField
        label="Full name"
        name="name"
        errors={errors}
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        autoComplete="off"
      />
      <TextField
        label="E-mail"
        name="email"
        errors={errors}
        type="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        required
        autoComplete="off"
      />
      <SelectField
        label="Agency"
        name="agencyId"
        errors={errors}
        options={agencies.map((a) => [a.id, a.name] as const)}
        value={agencyId}
        onChange={(e) => setAgencyId(e.target.value)}
      />
      <CheckboxGroup
        legend="Roles not tied to a panel (panel roles are added afterwards)"
        name="globalRoles"
        errors={errors}
        options={inWords(GLOBAL_ROLES)}
        value={roles}
        onChange={(v) => setRoles(v as GlobalRole[])}
      />
      <TextField
        label="Password (optional)"
        name="password"
        errors={errors}
        hint="Leave empty to send an invitation e-mail with a one-time link."
        type="password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        autoComplete="new-password"
      />
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
        <caption className="visually-hidden">Panels</caption>
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
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [done, setDone] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UPDATE_PANEL_SETTINGS);
  /** in `errors` the ranges are counted as the form's rows (the API's errors count the ranges sent) */
  const rowError = (i: number, end: 'min' | 'max' | 'figure') => errors.of(`expectedRanges.${i}.${end}`);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErrors(NO_ERRORS);
    setDone(null);
    const out = settingsInput(panel.id, form, initial);
    if (!('input' in out)) {
      setErrors(localErrors(out));
      return;
    }
    try {
      await update({ variables: { input: out.input } });
      setDone(`The settings of ${panel.name} are saved.`);
    } catch (x) {
      const row = (sent: string) => out.rows[Number(sent)] ?? sent;
      setErrors(
        renameFields(formErrors(x), (f) =>
          f.replace(/^expectedRanges\.(\d+)\./, (_, n) => `expectedRanges.${row(n)}.`),
        ),
      );
    }
  };
  const setRange = (i: number, end: 'min' | 'max', v: string) =>
    setForm((f) => ({ ...f, ranges: f.ranges.map((r, j) => (j === i ? { ...r, [end]: v } : r)) }));
  return (
    <form onSubmit={submit} className="adm-form" aria-labelledby="adm-settings">
      <h3 id="adm-settings">Settings of {panel.name}</h3>
      <p>
        Used by the strategic dashboard. Shares are in percent. A range with both ends empty is not checked;
        the BAME range, left as it is, follows the local BAME population share.
      </p>
      <ErrorSummary errors={errors} />
      <TextField
        label="Adult female population (women aged 16+)"
        name="adultFemalePopulation"
        errors={errors}
        inputMode="numeric"
        value={form.adultFemalePopulation}
        onChange={(e) => setForm({ ...form, adultFemalePopulation: e.target.value })}
      />
      <TextField
        label="Local BAME population share (%)"
        name="bamePopulationShare"
        errors={errors}
        inputMode="decimal"
        value={form.bamePopulationPercent}
        onChange={(e) => setForm({ ...form, bamePopulationPercent: e.target.value })}
      />
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
                  <TextField
                    label={`${def.label}, lowest${unit}`}
                    hideLabel
                    error={rowError(i, 'min') ?? rowError(i, 'figure')}
                    inputMode="decimal"
                    value={r.min}
                    onChange={(e) => setRange(i, 'min', e.target.value)}
                  />
                </td>
                <td>
                  <TextField
                    label={`${def.label}, highest${unit}`}
                    hideLabel
                    error={rowError(i, 'max')}
                    inputMode="decimal"
                    value={r.max}
                    onChange={(e) => setRange(i, 'max', e.target.value)}
                  />
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
  const [done, setDone] = useState<string | null>(null);
  const [create, { loading, error }] = useMutation(CREATE_PANEL, { refetchQueries: [ADMIN_DATA] });
  const errors = formErrors(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const input: CreatePanelInput = { name, area, kind, memberAgencyIds: members };
    if (areaCode) input.areaCode = areaCode;
    if (!(await create({ variables: { input } }).catch(refused))) return;
    setDone(`${name} was created.`);
    setName('');
    setArea('');
    setAreaCode('');
    setMembers([]);
  };
  return (
    <form onSubmit={submit} className="adm-form" aria-labelledby="adm-panel-new">
      <h3 id="adm-panel-new">Create a panel</h3>
      <ErrorSummary errors={errors} />
      <TextField
        label="Name"
        name="name"
        errors={errors}
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
      />
      <TextField
        label="Area"
        name="area"
        errors={errors}
        value={area}
        onChange={(e) => setArea(e.target.value)}
        required
      />
      <TextField
        label="Area code (optional)"
        name="areaCode"
        errors={errors}
        hint="Two to six capital letters; derived from the area when empty."
        value={areaCode}
        onChange={(e) => setAreaCode(e.target.value)}
      />
      <SelectField
        label="Kind"
        name="kind"
        errors={errors}
        options={PANEL_KINDS.map((k) => [k, k] as const)}
        value={kind}
        onChange={(e) => setKind(e.target.value as PanelKind)}
      />
      <CheckboxGroup
        legend="Member agencies"
        name="memberAgencyIds"
        errors={errors}
        options={agencies.map((a) => [a.id, a.name] as const)}
        value={members}
        onChange={setMembers}
      />
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
  const [retryError, setRetryError] = useState<unknown>(null);
  const list = data?.failedNotifications ?? [];
  return (
    <section aria-labelledby="adm-failed">
      <h2 id="adm-failed">Failed e-mails</h2>
      <ErrorMessage error={retryError ?? error} />
      {status && <p role="status">{status}</p>}
      {loading ? (
        <Loading />
      ) : list.length === 0 ? (
        <p>No e-mail has failed.</p>
      ) : (
        <table className="adm-table">
          <caption className="visually-hidden">
            E-mails kept as failed after every retry, newest first
          </caption>
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
                <td>{formatDateTime(m.failedAt)}</td>
                <td>{m.lastError ?? '—'}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`Send again: ${m.subject} to ${m.recipient}`}
                    onClick={async () => {
                      setRetryError(null);
                      setStatus(null);
                      try {
                        await retry({ variables: { id: m.id } });
                        await refetch();
                        setStatus(`"${m.subject}" to ${m.recipient} is queued again.`);
                      } catch (x) {
                        setRetryError(x);
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

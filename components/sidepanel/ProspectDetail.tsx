/**
 * One prospect in full: who they are (editable), where the conversation stands, what to do next
 * (reminders, drafts), the timeline, and delete with undo. Follows changes made in any Askwell page.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLiveQuery } from '@/components/hooks/useLiveQuery';
import { Avatar, Button, Checkbox, FieldGroup, Select, StatusPill } from '@/components/ui';
import { changeStatus } from '@/lib/conversation';
import { listDrafts } from '@/lib/db/drafts';
import { getProspect, setFit } from '@/lib/db/prospects';
import { listReminders } from '@/lib/db/reminders';
import { listTouches } from '@/lib/db/touches';
import { type Draft, type FitChecklist, PROSPECT_STATUSES, type ProspectStatus } from '@/lib/db/types';
import { DRAFT_KINDS, type DraftKind } from '@/lib/drafts/types';
import { planReminders } from '@/lib/followups/plan';
import type { Settings } from '@/lib/settings-types';
import { DRAFT_LABELS, FIT_LABELS, STATUS_LABELS, STATUS_TONES } from '@/lib/sidepanel/labels';
import { type CompanyRules, loadCompanyRules, sharedCompany } from '@/lib/sidepanel/same-company';
import { DetailForm } from './DetailForm';
import { DetailReminders } from './DetailReminders';
import { DetailTimeline } from './DetailTimeline';
import { messageOf } from './hooks';

export interface ProspectDetailProps {
  prospectId: number;
  settings: Settings;
  now: number;
  timeZone: string;
  onBack: () => void;
  onDelete: (prospectId: number) => void;
  /** Opens the composer on a new draft of `kind`, or on a saved `draft`. */
  onDraft: (prospectId: number, kind: DraftKind, draft?: Draft) => void;
  onError: (message: string) => void;
  onSaved: (message: string) => void;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function ProspectDetail({
  prospectId,
  settings,
  now,
  timeZone,
  onBack,
  onDelete,
  onDraft,
  onError,
  onSaved,
}: ProspectDetailProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { value, loading, error } = useLiveQuery(
    () =>
      Promise.all([
        getProspect(prospectId),
        listTouches(prospectId),
        listDrafts(prospectId),
        listReminders(prospectId),
      ]),
    [prospectId],
  );
  const [busy, setBusy] = useState(false);
  const [companyRules, setCompanyRules] = useState<CompanyRules>();
  const prospect = value?.[0];
  useEffect(() => {
    loadCompanyRules().then(setCompanyRules, () => undefined);
  }, []);

  // Opening a prospect moves focus to their name, so that screen readers start there.
  const focusedFor = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (prospect && focusedFor.current !== prospectId) {
      focusedFor.current = prospectId;
      heading.current?.focus();
    }
  }, [prospect, prospectId]);

  const back = (
    <div>
      <Button onClick={onBack}>Back to prospects</Button>
    </div>
  );
  if (error)
    return (
      <div class="stack">
        {back}
        <p role="alert">{error.message}</p>
      </div>
    );
  if (loading && !value)
    return (
      <div class="stack">
        {back}
        <p role="status">Loading…</p>
      </div>
    );
  if (!value || !prospect || prospect.id === undefined)
    return (
      <div class="stack">
        {back}
        <p role="alert">This prospect no longer exists. It may have been deleted in another Askwell page.</p>
      </div>
    );
  const [, touches, drafts, reminders] = value;
  const id = prospect.id;
  const company = companyRules && sharedCompany(prospect, settings.me, companyRules);
  let suggestion: ReturnType<typeof planReminders>['suggestion'];
  try {
    suggestion = planReminders({
      prospectId: id,
      status: prospect.status,
      touches,
      reminders,
      cadence: settings.cadence,
    }).suggestion;
  } catch {
    suggestion = undefined;
  }

  const act = (work: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    work()
      .then(() => done && onSaved(done))
      .catch((e: unknown) => onError(messageOf(e)))
      .finally(() => setBusy(false));
  };

  return (
    <article class="stack" aria-labelledby="detail-name">
      {back}
      <div class="sp-person">
        <Avatar
          name={prospect.fullName}
          // Only a photo stored inside the record: a remote one would be a request to the site.
          photoUrl={prospect.photoUrl?.startsWith('data:') ? prospect.photoUrl : undefined}
          size={48}
          decorative
        />
        <div class="sp-person-text">
          <h2 id="detail-name" ref={heading} tabIndex={-1}>
            {prospect.fullName}
          </h2>
          {prospect.headline && <p>{prospect.headline}</p>}
          <p class="muted">
            {[prospect.company, prospect.location].filter(Boolean).join(' · ')}
            {prospect.company || prospect.location ? ' · ' : ''}
            Saved {dateFormat.format(prospect.createdAt)}
          </p>
          <div class="row">
            <StatusPill tone={STATUS_TONES[prospect.status]} label="Status">
              {STATUS_LABELS[prospect.status]}
            </StatusPill>
            <a href={prospect.profileUrl} target="_blank" rel="noopener noreferrer">
              Open profile<span class="visually-hidden"> (new tab)</span>
            </a>
          </div>
        </div>
      </div>

      {company && (
        <p class="sp-warning">
          <strong>Same company as you.</strong> {prospect.fullName} works at {company}, your own company. A
          mentor in your company or reporting line carries political risk: someone outside it is usually the
          better choice.
        </p>
      )}

      {suggestion && prospect.status === 'requested' && (
        <div class="sp-note stack">
          <p>
            No reply after {suggestion.followUpsSent} follow-ups. Rather than chase, close {prospect.fullName}{' '}
            as “no reply”. You can always reopen them.
          </p>
          <div>
            <Button
              disabled={busy}
              onClick={() => act(() => changeStatus(id, 'no-reply'), 'Closed as no reply.')}
            >
              Close as no reply
            </Button>
          </div>
        </div>
      )}

      <section class="sp-section" aria-labelledby="detail-status">
        <h3 id="detail-status">Where it stands</h3>
        <Select
          label="Status"
          hint="Declined, no reply and paused stop the reminders."
          options={PROSPECT_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          value={prospect.status}
          disabled={busy}
          onValueChange={(v) => act(() => changeStatus(id, v as ProspectStatus), 'Status changed.')}
        />
        <FieldGroup legend="Draft a message">
          <div class="sp-buttons">
            {DRAFT_KINDS.map((kind) => (
              <Button key={kind} onClick={() => onDraft(id, kind)}>
                {`Draft ${DRAFT_LABELS[kind]}`}
              </Button>
            ))}
          </div>
        </FieldGroup>
      </section>

      <DetailReminders
        reminders={reminders}
        prospectName={prospect.fullName}
        now={now}
        timeZone={timeZone}
        onDraft={(kind) => onDraft(id, kind)}
        onError={onError}
        onSaved={onSaved}
      />

      <DetailTimeline
        prospectId={id}
        touches={touches}
        timeZone={timeZone}
        onError={onError}
        onSaved={onSaved}
      />

      <section class="sp-section" aria-labelledby="detail-drafts">
        <h3 id="detail-drafts">Drafts</h3>
        {drafts.length === 0 ? (
          <p class="muted">No saved drafts. Drafts you write for {prospect.fullName} are kept here.</p>
        ) : (
          <ul class="sp-items">
            {drafts.map((d) => (
              <li key={d.id} class="sp-item">
                <div class="sp-item-head">
                  <strong>{`${DRAFT_LABELS[d.kind].replace(/^./, (c) => c.toUpperCase())} (${d.channel.replace('-', ' ')})`}</strong>
                  <span class="muted">Edited {dateFormat.format(d.updatedAt)}</span>
                </div>
                <p class="sp-item-text">{d.text.length > 160 ? `${d.text.slice(0, 160)}…` : d.text}</p>
                <div>
                  <Button
                    aria-label={`Open the ${DRAFT_LABELS[d.kind]} draft edited ${dateFormat.format(d.updatedAt)}`}
                    onClick={() => onDraft(id, d.kind, d)}
                  >
                    Open
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="sp-section" aria-labelledby="detail-fit">
        <h3 id="detail-fit">Fit</h3>
        <FieldGroup
          legend="Is this the right mentor?"
          hint="A good mentor knows the subject, has done it, has time, and communicates well."
        >
          {(Object.keys(FIT_LABELS) as (keyof FitChecklist)[]).map((key) => (
            <Checkbox
              key={key}
              label={FIT_LABELS[key]}
              checked={prospect.fit[key]}
              onCheckedChange={(checked) => act(() => setFit(id, { [key]: checked }))}
            />
          ))}
        </FieldGroup>
      </section>

      <DetailForm prospect={{ ...prospect, id }} onError={onError} onSaved={onSaved} />

      <section class="sp-section" aria-labelledby="detail-delete">
        <h3 id="detail-delete">Delete</h3>
        <p class="muted">
          Removes {prospect.fullName} with their timeline, drafts and reminders. You can undo it right after.
        </p>
        <div>
          <Button variant="danger" onClick={() => onDelete(id)}>
            Delete prospect
          </Button>
        </div>
      </section>
    </article>
  );
}

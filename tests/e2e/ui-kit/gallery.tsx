/**
 * Every UI-kit component in one screen, for the Chromium tests in ../ui-kit.test.ts: they bundle this
 * file and render it into the built popup page (which has theme.css), where happy-dom cannot go:
 * real layout, colour contrast in both themes, native <dialog> and scrolling.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import {
  Avatar,
  Button,
  Checkbox,
  Dialog,
  EmptyState,
  FieldGroup,
  HighlightedText,
  HighlightedTextArea,
  type HighlightRange,
  RelativeTime,
  SegmentedControl,
  Select,
  StatusPill,
  Tabs,
  TextArea,
  TextField,
  Toast,
  type ToastMessage,
  VirtualList,
} from '@/components/ui';

type Channel = 'connection-note' | 'message' | 'inmail' | 'email';

interface Person {
  id: number;
  name: string;
  headline: string;
}

const PEOPLE: Person[] = Array.from({ length: 10_000 }, (_, i) => ({
  id: i,
  name: `Person ${i + 1}`,
  // Every seventh headline is long enough to wrap, so that measured rows differ in height.
  headline:
    i % 7 === 0
      ? 'Staff engineer who writes about distributed systems, mentoring, and the craft of code review'
      : 'Engineer',
}));

const PHOTO =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkaPhfDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

function findings(text: string): HighlightRange[] {
  const out: HighlightRange[] = [];
  for (const phrase of ['pick your brain', 'quick call'])
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1))
      out.push({
        start: at,
        end: at + phrase.length,
        title: `“${phrase}” is vague: say what you want to learn.`,
      });
  return out;
}

function Gallery() {
  const [channel, setChannel] = useState<Channel>('connection-note');
  const [text, setText] = useState('Hi Ada, could I pick your brain on a quick call?');
  const [dialogOpen, setDialogOpen] = useState(false);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [limit, setLimit] = useState<'200' | '300'>('200');
  const [opened, setOpened] = useState('');
  const ranges = findings(text);
  return (
    <main class="stack" style={{ padding: '12px', width: '380px' }}>
      <h1>UI kit</h1>
      <section class="stack" aria-label="Buttons">
        <div class="row">
          <Button variant="primary">Save prospect</Button>
          <Button>Copy</Button>
          <Button variant="danger" onClick={() => setDialogOpen(true)}>
            Delete prospect
          </Button>
          <Button disabled>Mark as sent</Button>
        </div>
      </section>
      <section class="stack" aria-label="Fields">
        <TextField label="Your name" hint="Used to sign your drafts" />
        <TextField label="Profile URL" type="url" value="not a url" error="This is not a web address." />
        <TextField label="Search prospects" type="search" hideLabel placeholder="Search prospects" />
        <TextArea label="Notes" hint="Only you see these" />
        <Select
          label="Status"
          options={[
            { value: 'new', label: 'New' },
            { value: 'requested', label: 'Requested' },
          ]}
        />
        <FieldGroup legend="Fit checklist">
          <Checkbox label="Knows my subject" />
          <Checkbox label="Has time" hint="Says so on their profile" error="Check this before asking" />
        </FieldGroup>
        <SegmentedControl
          legend="Connection-note limit"
          value={limit}
          onChange={setLimit}
          options={[
            { value: '200', label: '200 (free)' },
            { value: '300', label: '300 (Premium)' },
          ]}
        />
      </section>
      <Tabs
        label="Channel"
        selected={channel}
        onSelect={setChannel}
        tabs={[
          { id: 'connection-note', label: 'Connection note' },
          { id: 'message', label: 'Message' },
          { id: 'inmail', label: 'InMail' },
          { id: 'email', label: 'Email' },
        ]}
      >
        <HighlightedTextArea
          label="Message"
          value={text}
          onValueInput={setText}
          ranges={ranges}
          describedBy="findings"
          rows={4}
        />
        <ul id="findings" aria-label="Findings">
          {ranges.map((r) => {
            const from = Math.max(0, r.start - 10);
            return (
              <li key={r.start}>
                <HighlightedText
                  text={text.slice(from, r.end + 10)}
                  ranges={[{ start: r.start - from, end: r.end - from, title: r.title }]}
                />
                : {r.title}
              </li>
            );
          })}
        </ul>
        <p role="status">Score {100 - ranges.length * 20}</p>
      </Tabs>
      <section class="stack" aria-label="Status">
        <div class="row">
          <StatusPill label="Status">new</StatusPill>
          <StatusPill tone="info" label="Status">
            requested
          </StatusPill>
          <StatusPill tone="success" label="Status">
            mentor
          </StatusPill>
          <StatusPill tone="warning" label="Follow-up">
            due today
          </StatusPill>
          <StatusPill tone="danger" label="Follow-up">
            overdue
          </StatusPill>
        </div>
        <div class="row">
          <Avatar name="Ada Lovelace" photoUrl={PHOTO} />
          <Avatar name="Grace Hopper" />
          <Avatar name="Alan Turing" photoUrl="javascript:alert(1)" decorative />
          <span>
            Next follow-up{' '}
            <RelativeTime
              at={Date.UTC(2026, 10, 30)}
              now={Date.UTC(2026, 10, 27)}
              format={() => 'in 3 days'}
            />
          </span>
        </div>
      </section>
      <EmptyState heading="No follow-ups due" action={<Button>Open prospect list</Button>}>
        When someone has not answered for a week, they show up here.
      </EmptyState>
      <h2 id="prospects-heading">Prospects</h2>
      <VirtualList
        labelledBy="prospects-heading"
        items={PEOPLE}
        itemKey={(p) => p.id}
        rowHeight={48}
        measure
        height={300}
        onActivate={(p) => setOpened(p.name)}
        renderItem={(p) => (
          <div style={{ padding: '6px 8px' }}>
            <strong>{p.name}</strong>
            <div class="muted">{p.headline}</div>
          </div>
        )}
      />
      <p id="opened">{opened}</p>
      <Dialog
        open={dialogOpen}
        onClose={() => setDialogOpen(false)}
        title="Delete Ada Lovelace?"
        description="Their notes and timeline go too."
        role="alertdialog"
      >
        <div class="row">
          <Button data-autofocus onClick={() => setDialogOpen(false)}>
            Cancel
          </Button>
          <Button
            variant="danger"
            onClick={() => {
              setDialogOpen(false);
              setToast({ id: Date.now(), text: 'Ada Lovelace deleted', undo: () => {} });
            }}
          >
            Delete
          </Button>
        </div>
      </Dialog>
      <Toast toast={toast} onDismiss={() => setToast(null)} timeoutMs={null} />
    </main>
  );
}

const root = document.createElement('div');
root.id = 'ui-kit';
document.body.replaceChildren(root);
render(<Gallery />, root);

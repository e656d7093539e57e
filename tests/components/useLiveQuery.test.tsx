import { act, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLiveQuery } from '@/components/hooks/useLiveQuery';
import { AskwellDB, db } from '@/lib/db';
import { StoreError } from '@/lib/db/errors';
import { listProspects, saveCapturedProfile, setStatus } from '@/lib/db/prospects';
import { gitHubSnapshot, linkedInSnapshot, resetStore } from '../db/helpers';
import { prospectRecord } from '../fixtures/invented';

beforeEach(resetStore);

function ProspectNames() {
  const { value, loading } = useLiveQuery(() => listProspects());
  if (loading && !value) return <p>Loading…</p>;
  return (
    <ul aria-label="Prospects">
      {value?.map((p) => (
        <li key={p.id}>
          {p.fullName} ({p.status})
        </li>
      ))}
    </ul>
  );
}

describe('useLiveQuery', () => {
  it('shows the data, then a change written elsewhere at once, without a reload', async () => {
    await saveCapturedProfile(linkedInSnapshot());
    render(<ProspectNames />);
    expect(await screen.findByText('Ada Okafor (saved)')).toBeTruthy();

    const rui = await saveCapturedProfile(gitHubSnapshot());
    expect(await screen.findByText('Rui Tanaka (saved)')).toBeTruthy();
    await setStatus(rui.id!, 'requested');
    expect(await screen.findByText('Rui Tanaka (requested)')).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('sees a write made through another connection to the database, as the popup’s would be', async () => {
    render(<ProspectNames />);
    await screen.findByRole('list', { name: 'Prospects' });
    const popup = new AskwellDB();
    const { id: _, ...berta } = prospectRecord(1, 1, {
      profileUrl: 'https://github.com/bertal',
      network: 'github',
      fullName: 'Berta Lind',
      createdAt: 1,
      updatedAt: 1,
    });
    await popup.prospects.add(berta);
    expect(await screen.findByText('Berta Lind (saved)')).toBeTruthy();
    popup.close();
  });

  it('runs the query again when its inputs change', async () => {
    const ada = await saveCapturedProfile(linkedInSnapshot());
    await saveCapturedProfile(gitHubSnapshot());
    let choose: (status: string) => void = () => {};
    function ByStatus() {
      const [status, setStatusFilter] = useState('saved');
      choose = setStatusFilter;
      const { value } = useLiveQuery(() => db.prospects.where('status').equals(status).count(), [status]);
      return <output>{`${status}: ${value ?? '…'}`}</output>;
    }
    await setStatus(ada.id!, 'requested');
    render(<ByStatus />);
    expect(await screen.findByText('saved: 1')).toBeTruthy();
    act(() => choose('requested'));
    expect(await screen.findByText('requested: 1')).toBeTruthy();
    act(() => choose('declined'));
    expect(await screen.findByText('declined: 0')).toBeTruthy();
  });

  it('gives a failing query’s error in plain words', async () => {
    function Failing() {
      const { error } = useLiveQuery(() => db.prospects.where('noSuchIndex').equals(1).toArray());
      return <p role="alert">{error?.message ?? ''}</p>;
    }
    render(<Failing />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/could not read or save/));
  });

  it('stops listening when the component goes away', async () => {
    let runs = 0;
    function Counting() {
      const { value } = useLiveQuery(() => {
        runs++;
        return db.prospects.count();
      });
      return <output>{String(value ?? '')}</output>;
    }
    const { unmount } = render(<Counting />);
    await screen.findByText('0');
    // Let every run already on its way finish, before and after unmounting (a loaded machine can
    // deliver the previous tests' notices late): then only a write can make the query run again.
    const quiet = async () => {
      for (let last = -1; last !== runs; ) {
        last = runs;
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    await quiet();
    unmount();
    await quiet();
    const before = runs;
    await saveCapturedProfile(linkedInSnapshot());
    await new Promise((r) => setTimeout(r, 50));
    expect(runs).toBe(before);
  });

  it('maps errors to StoreError', async () => {
    let seen: unknown;
    function Failing() {
      const { error } = useLiveQuery(() => Promise.reject(new DOMException('full', 'QuotaExceededError')));
      seen = error;
      return null;
    }
    render(<Failing />);
    await waitFor(() => expect(seen).toBeInstanceOf(StoreError));
    expect((seen as StoreError).kind).toBe('quota');
  });
});

import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { SegmentedControl } from '@/components/ui/SegmentedControl';
import { type TabItem, Tabs } from '@/components/ui/Tabs';

type Channel = 'connection-note' | 'message' | 'inmail' | 'email';
const CHANNEL_TABS: TabItem<Channel>[] = [
  { id: 'connection-note', label: 'Connection note' },
  { id: 'message', label: 'Message' },
  { id: 'inmail', label: 'InMail', disabled: true },
  { id: 'email', label: 'Email' },
];

function ChannelPicker({ activation }: { activation?: 'automatic' | 'manual' }) {
  const [channel, setChannel] = useState<Channel>('connection-note');
  return (
    <Tabs
      label="Channel"
      tabs={CHANNEL_TABS}
      selected={channel}
      onSelect={setChannel}
      activation={activation}
    >
      <p>Writing a {channel}</p>
    </Tabs>
  );
}

const tab = (name: string) => screen.getByRole('tab', { name });
const key = (key: string) => fireEvent.keyDown(document.activeElement as Element, { key });

describe('Tabs', () => {
  it('shows a named tab list whose panel is labelled by the selected tab', () => {
    render(<ChannelPicker />);
    expect(screen.getByRole('tablist', { name: 'Channel' })).toBeTruthy();
    expect(tab('Connection note').getAttribute('aria-selected')).toBe('true');
    expect(tab('Message').getAttribute('aria-selected')).toBe('false');
    expect(screen.getByRole('tabpanel', { name: 'Connection note' }).textContent).toBe(
      'Writing a connection-note',
    );
  });

  it('is one Tab stop: only the selected tab is in the Tab order', () => {
    render(<ChannelPicker />);
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1, -1]);
  });

  it('moves and selects with the arrow keys, skipping disabled tabs and wrapping around', () => {
    render(<ChannelPicker />);
    tab('Connection note').focus();
    key('ArrowRight');
    expect(document.activeElement).toBe(tab('Message'));
    expect(tab('Message').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'Message' }).textContent).toBe('Writing a message');
    key('ArrowRight');
    expect(document.activeElement).toBe(tab('Email'));
    key('ArrowRight');
    expect(document.activeElement).toBe(tab('Connection note'));
    key('ArrowLeft');
    expect(document.activeElement).toBe(tab('Email'));
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([-1, -1, -1, 0]);
  });

  it('goes to the first and last tab with Home and End', () => {
    render(<ChannelPicker />);
    tab('Connection note').focus();
    key('End');
    expect(document.activeElement).toBe(tab('Email'));
    key('Home');
    expect(document.activeElement).toBe(tab('Connection note'));
  });

  it('in manual mode moves focus with arrows and selects only on click (Enter/Space)', () => {
    render(<ChannelPicker activation="manual" />);
    tab('Connection note').focus();
    key('ArrowRight');
    expect(document.activeElement).toBe(tab('Message'));
    expect(tab('Message').getAttribute('aria-selected')).toBe('false');
    fireEvent.click(tab('Message'));
    expect(tab('Message').getAttribute('aria-selected')).toBe('true');
  });

  it('selects a tab on click', () => {
    render(<ChannelPicker />);
    fireEvent.click(tab('Email'));
    expect(screen.getByRole('tabpanel', { name: 'Email' })).toBeTruthy();
  });
});

describe('SegmentedControl', () => {
  function NoteLimit() {
    const [limit, setLimit] = useState<'200' | '300'>('200');
    return (
      <>
        <SegmentedControl
          legend="Connection-note limit"
          value={limit}
          onChange={setLimit}
          options={[
            { value: '200', label: '200 (free)' },
            { value: '300', label: '300 (Premium)' },
          ]}
        />
        <output>{limit}</output>
      </>
    );
  }

  it('is a named group of radio buttons with the current value checked', () => {
    render(<NoteLimit />);
    const group = screen.getByRole('group', { name: 'Connection-note limit' });
    const radios = screen.getAllByRole('radio');
    expect(radios.every((r) => group.contains(r))).toBe(true);
    expect(screen.getByRole('radio', { name: '200 (free)' })).toHaveProperty('checked', true);
    expect(new Set(radios.map((r) => r.getAttribute('name'))).size).toBe(1);
  });

  it('changes the value when another option is chosen', () => {
    const { container } = render(<NoteLimit />);
    fireEvent.click(screen.getByText('300 (Premium)'));
    expect(screen.getByRole('radio', { name: '300 (Premium)' })).toHaveProperty('checked', true);
    expect(container.querySelector('output')?.textContent).toBe('300');
  });
});

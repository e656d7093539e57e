import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Avatar } from '@/components/ui/Avatar';
import { initialsOf, safePhotoUrl } from '@/components/ui/avatar';
import { SCRIPT_IMG } from './hostile';

const UNSAFE_URLS = [
  'http://media.example.com/ada.jpg',
  'javascript:alert(1)',
  ' JavaScript:alert(1)',
  'java\tscript:alert(1)',
  'https://exa\nmple.com/ada.jpg',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml;base64,PHN2Zy8+',
  'file:///etc/passwd',
  'blob:https://example.com/1234',
  'chrome-extension://abcdefghijklmnop/icon.png',
  '//media.example.com/ada.jpg',
  '/icon/32.png',
  'https://user:secret@media.example.com/ada.jpg',
  'ftp://media.example.com/ada.jpg',
  '',
  SCRIPT_IMG,
];

describe('safePhotoUrl', () => {
  it('lets https photo URLs through', () => {
    expect(safePhotoUrl('https://media.example.com/ada.jpg?w=200')).toBe(
      'https://media.example.com/ada.jpg?w=200',
    );
    expect(safePhotoUrl('HTTPS://Media.Example.com/a b.jpg')).toBe('https://media.example.com/a%20b.jpg');
  });

  it('lets inline raster data: images through (they need no request)', () => {
    expect(safePhotoUrl('data:image/png;base64,iVBORw0KGgo=')).toBe('data:image/png;base64,iVBORw0KGgo=');
  });

  it.each(UNSAFE_URLS)('refuses %j', (url) => {
    expect(safePhotoUrl(url)).toBeNull();
  });

  it('refuses what is not a string', () => {
    expect(safePhotoUrl(undefined)).toBeNull();
    expect(safePhotoUrl(null)).toBeNull();
  });
});

describe('initialsOf', () => {
  it.each([
    ['Ada Lovelace', 'AL'],
    ['ada', 'A'],
    ['José María García', 'JG'],
    ['  Émile   Zola ', 'ÉZ'],
    ['\u202Eevil name', 'EN'],
    ['<img src=x onerror=alert(1)>', 'IO'],
    ['', '?'],
    ['!!! ???', '?'],
  ])('%j gives %j', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});

describe('Avatar', () => {
  it('shows an https photo with the person’s name as its alt text, without a referrer', () => {
    render(<Avatar name="Ada Lovelace" photoUrl="https://media.example.com/ada.jpg" />);
    const img = screen.getByRole('img', { name: 'Ada Lovelace' });
    expect(img.tagName).toBe('IMG');
    expect(img.getAttribute('src')).toBe('https://media.example.com/ada.jpg');
    expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it.each(UNSAFE_URLS)('shows initials and creates no <img> at all for %j', (url) => {
    const { container } = render(<Avatar name="Ada Lovelace" photoUrl={url} />);
    expect(container.querySelector('img')).toBeNull();
    const initials = screen.getByRole('img', { name: 'Ada Lovelace' });
    expect(initials.textContent).toBe('AL');
  });

  it('falls back to initials when the photo fails to load', () => {
    const { container } = render(
      <Avatar name="Ada Lovelace" photoUrl="https://media.example.com/gone.jpg" />,
    );
    fireEvent.error(container.querySelector('img') as HTMLImageElement);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('img', { name: 'Ada Lovelace' }).textContent).toBe('AL');
  });

  it('is hidden from screen readers when decorative (the name is next to it)', () => {
    const { container, rerender } = render(
      <Avatar name="Ada Lovelace" photoUrl="https://media.example.com/ada.jpg" decorative />,
    );
    expect(container.querySelector('img')?.getAttribute('alt')).toBe('');
    rerender(<Avatar name="Ada Lovelace" decorative />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(container.querySelector('[aria-hidden="true"]')?.textContent).toBe('AL');
  });

  it('keeps a hostile name as text in the alt and the label', () => {
    const { container } = render(<Avatar name={SCRIPT_IMG} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('img', { name: SCRIPT_IMG })).toBeTruthy();
  });
});

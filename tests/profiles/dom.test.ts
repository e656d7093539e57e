// How text and photos are read from the page: once, tidy, and never a placeholder.
import { describe, expect, it } from 'vitest';
import { isPlaceholderPhoto, photoOf, textOf, withoutCountPrefix } from '@/lib/profiles/dom';
import { parse } from './helpers';

const el = (html: string) => parse(`<div id="x">${html}</div>`).getElementById('x');

describe('reading text', () => {
  it('reads LinkedIn’s doubled text once: the visible copy, not the screen-reader one', () => {
    expect(
      textOf(el('<span aria-hidden="true">About</span><span class="visually-hidden">About</span>')),
    ).toBe('About');
  });

  it('falls back to the screen-reader copy when it is the only one', () => {
    expect(textOf(el('<span class="visually-hidden">Only copy</span>'))).toBe('Only copy');
  });

  it('collapses whitespace and drops invisible characters at the edges', () => {
    expect(textOf(el('\n   Jane \u00a0\t  Doe\u200b\u200f  '))).toBe('Jane Doe');
  });

  it('keeps line breaks and paragraphs only when asked, and never source line breaks', () => {
    const about = el('<p>One\nsentence.<br>Next line.</p><p>Second paragraph.</p><div>A block</div>');
    expect(textOf(about)).toBe('One sentence. Next line. Second paragraph. A block');
    expect(textOf(about, { multiline: true })).toBe(
      'One sentence.\nNext line.\n\nSecond paragraph.\n\nA block',
    );
  });

  it('leaves out scripts, styles, hidden elements, dialogs and (when asked) buttons', () => {
    const html =
      'Name<script>x()</script><style>.a{}</style><span hidden>h</span><span style="display: none">n</span>' +
      '<div role="dialog">Sign in</div><button>…see more</button>';
    expect(textOf(el(html))).toBe('Name…see more');
    expect(textOf(el(html), { skipButtons: true })).toBe('Name');
  });

  it('stops at the length asked for', () => {
    expect(textOf(el('x'.repeat(5000)), { maxChars: 10 })).toBe('x'.repeat(10));
  });

  it('removes the "(3) " unread-notifications prefix of titles', () => {
    expect(withoutCountPrefix('(3) Jane Doe | LinkedIn')).toBe('Jane Doe | LinkedIn');
    expect(withoutCountPrefix('(99+) Jane')).toBe('Jane');
    expect(withoutCountPrefix('(She/Her) Jane')).toBe('(She/Her) Jane');
  });
});

describe('reading photos', () => {
  const base = 'https://www.linkedin.com/in/jane/';

  it.each([
    'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7',
    'https://static.licdn.com/aero-v1/sc/h/9c8pery4andzj6ohjkjp54ma2',
    'https://static-exp1.licdn.com/sc/h/1c5u578iilxfi4m4dvc4q810q',
  ])('treats %s as a placeholder, not a photo', (url) => {
    expect(isPlaceholderPhoto(url)).toBe(true);
  });

  it('treats an image the page marks as a ghost as no photo', () => {
    const img = el(
      '<img class="evi-image ghost-person" src="https://media.example.test/x.jpg">',
    )?.firstElementChild;
    expect(photoOf(img, base)).toBeUndefined();
  });

  it('reads lazy images, CSS backgrounds and relative addresses', () => {
    const lazy = el(
      '<img src="data:image/gif;base64,AA" data-delayed-url="https://media.example.test/a.jpg">',
    );
    expect(photoOf(lazy?.firstElementChild, base)).toBe('https://media.example.test/a.jpg');
    const bg = el(
      '<div style="background-image: url(&quot;https://media.example.test/b.jpg?e=1&amp;t=2&quot;)"></div>',
    );
    expect(photoOf(bg?.firstElementChild, base)).toBe('https://media.example.test/b.jpg?e=1&t=2');
    expect(photoOf(el('<img src="/pics/c.jpg">')?.firstElementChild, base)).toBe(
      'https://www.linkedin.com/pics/c.jpg',
    );
    expect(photoOf(el('<img src="javascript:alert(1)">')?.firstElementChild, base)).toBeUndefined();
  });
});

// Makes large synthetic LinkedIn pages (invented people) shaped like the real ones: most of the
// bytes are embedded API data and icon sprites that nobody sees, the rest a long activity feed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PROFILE = join(__dirname, 'fixtures', 'linkedin-loggedin-2024.html');

/**
 * The 2024 logged-in fixture (Amara Nwosu at /in/amara-nwosu/) grown to about `bytes`:
 * 55% hidden <code> JSON, 15% SVG sprites, 30% visible feed posts by invented people.
 */
export function largeProfilePage(bytes: number): string {
  const base = readFileSync(PROFILE, 'utf8');
  const chunk = (share: number, make: (i: number) => string) => {
    const out: string[] = [];
    let size = 0;
    for (let i = 0; size < bytes * share; i++) {
      const piece = make(i);
      out.push(piece);
      size += piece.length;
    }
    return out.join('');
  };
  const data = chunk(0.55, (i) => {
    const json = JSON.stringify({
      data: { entityUrn: `urn:li:fsd_profile:${i}` },
      included: Array.from({ length: 20 }, (_, j) => ({
        $type: 'com.example.Thing',
        id: `${i}-${j}`,
        text: 'x'.repeat(40),
      })),
    });
    return `<code style="display: none" id="bpr-guid-${i}">${json.replace(/"/g, '&quot;')}</code>`;
  });
  const sprites = chunk(
    0.15,
    (i) =>
      `<svg id="icon-${i}" viewBox="0 0 24 24"><path d="M${'12 2L2 7l10 5 10-5-10-5z'.repeat(8)}"/></svg>`,
  );
  const feed = chunk(
    0.3,
    (i) =>
      `<li class="profile-creator-shared-feed-update__mini-container"><a href="/feed/update/urn:li:activity:${i}/"><span aria-hidden="true"><strong>Amara Nwosu</strong> commented on a post • ${i % 12}mo</span><span class="visually-hidden">${i % 12}mo</span></a><div class="inline-show-more-text"><span aria-hidden="true">${'Thanks for sharing these notes on data sharing between hospitals. '.repeat(3)}</span></div><a href="/in/commenter-${i}/">Commenter ${i}</a></li>`,
  );
  return base
    .replace(
      '<div class="application-outlet">',
      `<div style="display: none">${sprites}</div>${data}<div class="application-outlet">`,
    )
    .replace(
      '</main>',
      `<section class="artdeco-card" data-view-name="profile-card"><div id="content_collections"></div><ul>${feed}</ul></section></main>`,
    );
}

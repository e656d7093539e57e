/** The captured or saved person at the top of the popup: photo or initials, name, headline, company, place. */
import type { Ref } from 'preact';
import { Avatar } from '@/components/ui/Avatar';
import { inlinePhoto } from './capture';

export interface PersonLike {
  fullName: string;
  headline?: string;
  title?: string;
  company?: string;
  location?: string;
  photoUrl?: string;
}

/** The id of the person's name heading, for regions labelled by it. */
export const PERSON_NAME_ID = 'person-name';

export function PersonCard({
  person,
  headingRef,
}: {
  person: PersonLike;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  // The name, headline and place are the page's text: rendered as text nodes, isolated for direction.
  const role = person.company ?? (person.headline ? undefined : person.title);
  return (
    <section class="person" aria-labelledby={PERSON_NAME_ID}>
      <Avatar name={person.fullName} photoUrl={inlinePhoto(person.photoUrl)} size={56} decorative />
      <div class="person-text">
        <h1
          id={PERSON_NAME_ID}
          class="person-name"
          dir="auto"
          tabIndex={-1}
          ref={headingRef}
          // Element Timing: the end-to-end test reads when the name was painted.
          {...{ elementtiming: 'person-name' }}
        >
          {person.fullName}
        </h1>
        {person.headline && (
          <p class="person-headline" dir="auto">
            {person.headline}
          </p>
        )}
        {role && (
          <p class="muted" dir="auto">
            <span class="visually-hidden">Company: </span>
            {role}
          </p>
        )}
        {person.location && (
          <p class="muted" dir="auto">
            <span class="visually-hidden">Location: </span>
            {person.location}
          </p>
        )}
      </div>
    </section>
  );
}

/** A prospect's photo, or their initials when there is no photo Askwell may load. */
import { useEffect, useState } from 'preact/hooks';
import { initialsOf, safePhotoUrl } from './avatar';

export interface AvatarProps {
  /** The person's name: the photo's alt text and the source of the initials. */
  name: string;
  photoUrl?: string | null;
  /** Pixel size of the square (default 40). */
  size?: number;
  /**
   * True when the name is already shown next to the avatar (a heading, a list row): the avatar is
   * then hidden from screen readers so that the name is not read twice.
   */
  decorative?: boolean;
}

/**
 * Loads `photoUrl` only if `safePhotoUrl` allows it, without a referrer; falls back to initials
 * if there is none or it fails to load. Note that an https photo is a request to the site's image
 * host: callers decide whether to pass one (see components/ui/README.md).
 */
export function Avatar({ name, photoUrl, size = 40, decorative = false }: AvatarProps) {
  const src = safePhotoUrl(photoUrl);
  const [failed, setFailed] = useState(false);
  useEffect(() => setFailed(false), [src]);
  const style = { width: `${size}px`, height: `${size}px`, fontSize: `${Math.round(size * 0.4)}px` };
  if (src && !failed)
    return (
      <img
        class="ui-avatar"
        src={src}
        alt={decorative ? '' : name}
        width={size}
        height={size}
        style={style}
        referrerpolicy="no-referrer"
        loading="lazy"
        decoding="async"
        onError={() => setFailed(true)}
      />
    );
  return decorative ? (
    <span class="ui-avatar ui-avatar-initials" style={style} aria-hidden="true">
      {initialsOf(name)}
    </span>
  ) : (
    <span class="ui-avatar ui-avatar-initials" style={style} role="img" aria-label={name}>
      {initialsOf(name)}
    </span>
  );
}

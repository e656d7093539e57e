/** One choice among a few, shown as joined buttons but built from native radio buttons. */
import { useId } from 'preact/hooks';

export interface SegmentOption<K extends string> {
  value: K;
  label: string;
  disabled?: boolean;
}

/**
 * A fieldset of radios: the browser gives the arrow keys, one Tab stop and the "1 of 4" reading.
 * Use it when the choice is a setting (e.g. the connection-note limit); use Tabs when it switches
 * what the panel below shows.
 */
export function SegmentedControl<K extends string>({
  legend,
  options,
  value,
  onChange,
  hideLegend,
}: {
  legend: string;
  options: readonly SegmentOption<K>[];
  value: K;
  onChange: (value: K) => void;
  hideLegend?: boolean;
}) {
  const name = `segment-${useId()}`;
  return (
    <fieldset class="ui-segmented">
      <legend class={hideLegend ? 'visually-hidden' : 'ui-legend'}>{legend}</legend>
      <div class="ui-segments">
        {options.map((o) => {
          const id = `${name}-${o.value}`;
          return (
            <div class="ui-segment" key={o.value}>
              <input
                type="radio"
                id={id}
                name={name}
                value={o.value}
                checked={o.value === value}
                disabled={o.disabled}
                onChange={() => onChange(o.value)}
              />
              <label for={id}>{o.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

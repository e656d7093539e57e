/** Labelled form controls: a real <label>, an optional hint and error tied to the control by ARIA. */
import type {
  ComponentChildren,
  PartialInputHTMLAttributes,
  PartialSelectHTMLAttributes,
  Ref,
  TextareaHTMLAttributes,
} from 'preact';
import { useId } from 'preact/hooks';

/** What every labelled control accepts besides its native attributes. */
export interface FieldProps {
  /** The control's accessible name, shown as its <label>. Acceptance tests find controls by it. */
  label: string;
  /** Help shown under the label and read after the name (aria-describedby). */
  hint?: ComponentChildren;
  /** An error: marks the control invalid and is read with it. Empty or absent means valid. */
  error?: ComponentChildren;
  /** Ids of other elements that describe the control too (e.g. a list of lint findings). */
  describedBy?: string;
  /** Hide the label visually (it stays the accessible name), for controls whose purpose is evident. */
  hideLabel?: boolean;
}

/** The ids and ARIA attributes a control needs to be tied to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: 'true';
}

function hasContent(node: ComponentChildren): boolean {
  return node !== undefined && node !== null && node !== false && node !== '';
}

/**
 * The shared frame of every labelled control. `children` renders the control with the props it
 * is given, so that custom controls get the same contract as the built-in ones.
 */
export function Field({
  label,
  hint,
  error,
  describedBy,
  hideLabel,
  id: givenId,
  class: className,
  children,
}: FieldProps & {
  id?: string;
  class?: string;
  children: (control: FieldControlProps) => ComponentChildren;
}) {
  const { id, hintId, errorId, described } = useFieldIds(givenId, hint, error, describedBy);
  return (
    <div class={['ui-field', errorId ? 'ui-field-invalid' : '', className].filter(Boolean).join(' ')}>
      <label for={id} class={hideLabel ? 'visually-hidden' : 'ui-label'}>
        {label}
      </label>
      <Hint id={hintId}>{hint}</Hint>
      {children({ id, 'aria-describedby': described, 'aria-invalid': errorId ? 'true' : undefined })}
      <ErrorNote id={errorId}>{error}</ErrorNote>
    </div>
  );
}

/** A control's id (given or generated), and the ids of its hint and error when it has them. */
function useFieldIds(
  givenId: string | undefined,
  hint: ComponentChildren,
  error: ComponentChildren,
  describedBy: string | undefined,
) {
  const autoId = useId();
  const id = givenId ?? `field-${autoId}`;
  const hintId = hasContent(hint) ? `${id}-hint` : undefined;
  const errorId = hasContent(error) ? `${id}-error` : undefined;
  const described = [hintId, errorId, describedBy].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, described };
}

function Hint({ id, children }: { id: string | undefined; children: ComponentChildren }) {
  return id ? (
    <p id={id} class="ui-hint">
      {children}
    </p>
  ) : null;
}

function ErrorNote({ id, children }: { id: string | undefined; children: ComponentChildren }) {
  return id ? (
    <p id={id} class="ui-error">
      <span aria-hidden="true">⚠ </span>
      {children}
    </p>
  ) : null;
}

/** What a control's Field takes: its label, hint, error, extra descriptions, id and class. */
export type FieldFrameProps = FieldProps & { id?: string; class?: string };

/** Splits a control's props into its Field's and the rest (native attributes and handlers). */
export function splitField<P extends FieldFrameProps>({
  label,
  hint,
  error,
  describedBy,
  hideLabel,
  id,
  class: className,
  ...rest
}: P) {
  return [{ label, hint, error, describedBy, hideLabel, id, class: className }, rest] as const;
}

/** Native attributes a control passes through, minus what the field owns. */
export type Native<A> = Omit<A, 'label' | 'ref' | 'children' | 'class' | 'className' | 'id' | 'role'> & {
  class?: string;
  id?: string;
};

export interface TextFieldProps
  extends FieldProps,
    Omit<Native<PartialInputHTMLAttributes<HTMLInputElement>>, 'type'> {
  ref?: Ref<HTMLInputElement>;
  /** `search` makes it a searchbox; checkboxes and radios have their own components. */
  type?: 'text' | 'search' | 'email' | 'url' | 'tel' | 'number' | 'date' | 'time' | 'password';
  /** Called with the new text on every keystroke. */
  onValueInput?: (value: string) => void;
}

/** A single-line text input (type text, email, url, search, ...). */
export function TextField(props: TextFieldProps) {
  const [field, { onValueInput, onInput, type = 'text', ...input }] = splitField(props);
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...input}
          {...control}
          // Preact types `input` as one union member per type; any of ours fits the text member.
          type={type as 'text'}
          onInput={(e) => {
            onInput?.(e);
            onValueInput?.(e.currentTarget.value);
          }}
        />
      )}
    </Field>
  );
}

export interface TextAreaProps extends FieldProps, Native<TextareaHTMLAttributes<HTMLTextAreaElement>> {
  ref?: Ref<HTMLTextAreaElement>;
  onValueInput?: (value: string) => void;
}

/** A multi-line text input. */
export function TextArea(props: TextAreaProps) {
  const [field, { onValueInput, onInput, ...textarea }] = splitField(props);
  return (
    <Field {...field}>
      {(control) => (
        <textarea
          {...textarea}
          {...control}
          onInput={(e) => {
            onInput?.(e);
            onValueInput?.(e.currentTarget.value);
          }}
        />
      )}
    </Field>
  );
}

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps extends FieldProps, Native<PartialSelectHTMLAttributes<HTMLSelectElement>> {
  ref?: Ref<HTMLSelectElement>;
  options: readonly SelectOption[];
  onValueChange?: (value: string) => void;
}

/** A native drop-down: keyboard and screen-reader behaviour come from the browser. */
export function Select(props: SelectProps) {
  const [field, { options, onValueChange, onChange, ...select }] = splitField(props);
  return (
    <Field {...field}>
      {(control) => (
        <select
          {...select}
          {...control}
          onChange={(e) => {
            onChange?.(e);
            onValueChange?.(e.currentTarget.value);
          }}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value} disabled={o.disabled}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export interface CheckboxProps
  extends Omit<FieldProps, 'hideLabel'>,
    Native<PartialInputHTMLAttributes<HTMLInputElement>> {
  ref?: Ref<HTMLInputElement>;
  onCheckedChange?: (checked: boolean) => void;
}

/** A checkbox whose whole label is part of its click target (at least 24 px high). */
export function Checkbox({
  label,
  hint,
  error,
  describedBy,
  id: givenId,
  class: className,
  onCheckedChange,
  onChange,
  ...input
}: CheckboxProps) {
  const { id, hintId, errorId, described } = useFieldIds(givenId, hint, error, describedBy);
  return (
    <div class={['ui-check', errorId ? 'ui-field-invalid' : '', className].filter(Boolean).join(' ')}>
      <div class="ui-check-row">
        <input
          {...input}
          id={id}
          type="checkbox"
          aria-describedby={described}
          aria-invalid={errorId ? 'true' : undefined}
          onChange={(e) => {
            onChange?.(e);
            onCheckedChange?.(e.currentTarget.checked);
          }}
        />
        <label for={id}>{label}</label>
      </div>
      <Hint id={hintId}>{hint}</Hint>
      <ErrorNote id={errorId}>{error}</ErrorNote>
    </div>
  );
}

/** Related controls under one caption (a <fieldset> with a <legend>). */
export function FieldGroup({
  legend,
  hint,
  hideLegend,
  class: className,
  children,
}: {
  legend: string;
  hint?: ComponentChildren;
  hideLegend?: boolean;
  class?: string;
  children: ComponentChildren;
}) {
  const autoId = useId();
  const hintId = hasContent(hint) ? `group-${autoId}-hint` : undefined;
  return (
    <fieldset class={['ui-group', className].filter(Boolean).join(' ')} aria-describedby={hintId}>
      <legend class={hideLegend ? 'visually-hidden' : 'ui-legend'}>{legend}</legend>
      <Hint id={hintId}>{hint}</Hint>
      {children}
    </fieldset>
  );
}

/** The one button of the UI: primary, secondary or danger, at least 24 px, with a visible focus ring. */
import type { ButtonHTMLAttributes, Ref } from 'preact';

export type ButtonVariant = 'primary' | 'secondary' | 'danger';

export interface ButtonProps
  extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'class' | 'className' | 'type'> {
  variant?: ButtonVariant;
  /** `button` unless said otherwise, so that a button inside a form never submits it by accident. */
  type?: 'button' | 'submit' | 'reset';
  class?: string;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({ variant = 'secondary', type = 'button', class: className, ...rest }: ButtonProps) {
  return <button {...rest} type={type} class={['ui-button', variant, className].filter(Boolean).join(' ')} />;
}

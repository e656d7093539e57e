/** Askwell's shared UI building blocks for the popup and the side panel (see README.md here). */
export { Avatar, type AvatarProps } from './Avatar';
export { initialsOf, safePhotoUrl } from './avatar';
export { Button, type ButtonProps, type ButtonVariant } from './Button';
export { Dialog, type DialogProps } from './Dialog';
export { EmptyState } from './EmptyState';
export {
  Checkbox,
  type CheckboxProps,
  Field,
  type FieldControlProps,
  FieldGroup,
  type FieldProps,
  Select,
  type SelectOption,
  type SelectProps,
  TextArea,
  type TextAreaProps,
  TextField,
  type TextFieldProps,
} from './Field';
export { HighlightedText, type HighlightedTextProps } from './HighlightedText';
export { HighlightedTextArea, type HighlightedTextAreaProps } from './HighlightedTextArea';
export { type HighlightRange, highlightSegments, type TextSegment } from './highlight';
export { RelativeTime, type RelativeTimeProps } from './RelativeTime';
export { SegmentedControl, type SegmentOption } from './SegmentedControl';
export { Badge, StatusPill, type Tone } from './StatusPill';
export { type TabItem, Tabs, type TabsProps } from './Tabs';
export { Toast, type ToastMessage, type ToastProps } from './Toast';
export { MAX_ROWS, VirtualList, type VirtualListProps } from './VirtualList';

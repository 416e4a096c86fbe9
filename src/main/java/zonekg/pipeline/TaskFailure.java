package zonekg.pipeline;

import zonekg.doc.ZonekgException;

/** What to throw when a task on another thread failed: its own exception when unchecked, else one naming it. */
final class TaskFailure {
  private TaskFailure() {}

  /** {@code wrapper} is the ExecutionException or CompletionException that carries the task's failure. */
  static RuntimeException unwrap(Exception wrapper) {
    Throwable cause = wrapper.getCause();
    return cause instanceof RuntimeException r ? r : new ZonekgException(String.valueOf(cause), wrapper);
  }
}

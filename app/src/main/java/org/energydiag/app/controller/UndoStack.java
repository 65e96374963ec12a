package org.energydiag.app.controller;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Snapshot undo for immutable state: each entry keeps the state before and after one named edit.
 * Consecutive edits with the same coalescing key (typing in one field) merge into one step
 * until {@link #seal()} is called (focus moved elsewhere).
 *
 * @param <T> the immutable state
 */
public final class UndoStack<T> {

    private record Entry<T>(String label, String key, T before, T after) {
    }

    private static final int LIMIT = 200;

    private final Deque<Entry<T>> undo = new ArrayDeque<>();
    private final Deque<Entry<T>> redo = new ArrayDeque<>();
    private boolean sealed = true;

    /** Records an edit. */
    public void push(String label, String key, T before, T after) {
        redo.clear();
        Entry<T> top = undo.peek();
        if (!sealed && top != null && key != null && key.equals(top.key())) {
            undo.pop();
            undo.push(new Entry<>(label, key, top.before(), after));
        } else {
            undo.push(new Entry<>(label, key, before, after));
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        sealed = false;
    }

    /** Ends coalescing: the next edit starts a new undo step. */
    public void seal() {
        sealed = true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public String undoLabel() {
        return undo.isEmpty() ? "" : undo.peek().label();
    }

    public String redoLabel() {
        return redo.isEmpty() ? "" : redo.peek().label();
    }

    /** @return the state to go back to */
    public T undo() {
        Entry<T> e = undo.pop();
        redo.push(e);
        sealed = true;
        return e.before();
    }

    /** @return the state to go forward to */
    public T redo() {
        Entry<T> e = redo.pop();
        undo.push(e);
        sealed = true;
        return e.after();
    }
}

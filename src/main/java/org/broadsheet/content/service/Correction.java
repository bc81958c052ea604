package org.broadsheet.content.service;

import java.time.Instant;
import org.broadsheet.content.CorrectionKind;

/** A correction or update note on an article, as readers and the desk see it. */
public record Correction(long id, CorrectionKind kind, String text, Instant at) {}

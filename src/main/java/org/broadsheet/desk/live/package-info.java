/**
 * What the desk shows live across browsers: article changes and who is editing what, carried by
 * shared signals that push to every open desk.
 */
@NullMarked
package org.broadsheet.desk.live;

import org.jspecify.annotations.NullMarked;

/** The desk's menu editor: the header's navigation and the footer's links. */
@NullMarked
package org.broadsheet.desk.menus;

import org.jspecify.annotations.NullMarked;

/** Reading WordPress's export format (WXR 1.1 and 1.2) and turning its post content into Broadsheet's body subset. */
@NullMarked
package org.broadsheet.portability.wordpress;

import org.jspecify.annotations.NullMarked;

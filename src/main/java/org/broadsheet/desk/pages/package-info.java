/** The desk's static pages: About, Join us, Donate and the like, listed and edited. */
@NullMarked
package org.broadsheet.desk.pages;

import org.jspecify.annotations.NullMarked;

@NullMarked
package org.broadsheet.portability.service;

import org.jspecify.annotations.NullMarked;

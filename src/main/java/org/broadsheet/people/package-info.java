/** Author profiles, desk accounts and their roles, logins and the audit log. Other features use its service API and {@link org.broadsheet.people.Role}. */
@NullMarked
@ApplicationModule(allowedDependencies = {"base"})
package org.broadsheet.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

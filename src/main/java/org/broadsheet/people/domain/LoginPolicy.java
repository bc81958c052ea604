package org.broadsheet.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The publication's one row of login rules (id 1, created by its migration). */
@Entity
public class LoginPolicy {

    public static final long SINGLETON_ID = 1L;

    @Id
    private long id = SINGLETON_ID;

    @Column(nullable = false)
    private boolean twoFactorRequired;

    protected LoginPolicy() {}

    /** Whether editors and admins must use two-step login. */
    public boolean isTwoFactorRequired() {
        return twoFactorRequired;
    }

    public void setTwoFactorRequired(boolean twoFactorRequired) {
        this.twoFactorRequired = twoFactorRequired;
    }
}

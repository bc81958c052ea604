package org.broadsheet.people.domain;

import java.util.Optional;
import org.broadsheet.base.DomainException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    default UserAccount requireByUsername(String username) {
        return findByUsername(username).orElseThrow(() -> new DomainException.NotFound("No account for " + username));
    }

    default UserAccount requireById(long id) {
        return findById(id).orElseThrow(() -> new DomainException.NotFound("No account " + id));
    }

    boolean existsByUsername(String username);

    /** Accounts with a two-step secret stored in clear by an older release. */
    @Query("select u from UserAccount u where u.totpSecret is not null and u.totpSecret not like 'v1:%'")
    java.util.List<UserAccount> findWithUnsealedTotpSecret();

    boolean existsByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCaseAndIdNot(String email, long id);

    @Query("""
            select count(u) from UserAccount u join u.roles r
            where r = org.broadsheet.people.Role.ADMIN and u.enabled = true""")
    long countEnabledAdmins();
}

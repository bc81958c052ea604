package org.broadsheet.people.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LoginPolicyRepository extends JpaRepository<LoginPolicy, Long> {

    default LoginPolicy current() {
        return findById(LoginPolicy.SINGLETON_ID)
                .orElseThrow(() -> new IllegalStateException("login_policy row 1 is missing"));
    }
}

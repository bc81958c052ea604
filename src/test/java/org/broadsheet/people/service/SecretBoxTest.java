package org.broadsheet.people.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

    @TempDir
    Path temp;

    @Test
    void aSealedSecretOpensOnlyWithItsKeyAndNeverShowsTheSecret() {
        SecretBox box = new SecretBox(SecretsKey.fromFile(temp.resolve("a.key")));
        String secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

        String sealed = box.seal(secret);
        assertThat(sealed).startsWith(SecretBox.PREFIX).doesNotContain(secret);
        assertThat(box.seal(secret)).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(box.open(sealed)).isEqualTo(secret);
        assertThat(box.open(secret)).as("a value from before sealing").isEqualTo(secret);

        SecretBox otherKey = new SecretBox(SecretsKey.fromFile(temp.resolve("b.key")));
        assertThatThrownBy(() -> otherKey.open(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theKeyFileIsCreatedOnceForItsOwnerOnlyAndABadOneIsRefusedClearly() throws Exception {
        Path file = temp.resolve("data/" + SecretsKey.FILE_NAME);
        var first = SecretsKey.fromFile(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(SecretsKey.fromFile(file).getEncoded()).isEqualTo(first.getEncoded());

        Files.writeString(file, "not a key");
        assertThatThrownBy(() -> SecretsKey.fromFile(file)).hasMessageContaining(file.toString());
    }
}

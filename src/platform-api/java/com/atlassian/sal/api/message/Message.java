// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against the public sal-api source com/atlassian/sal/api/message/Message.java (@since 2.0) and its use in
// I18nResolver.getText(Message) (https://docs.atlassian.com/atlassian-bamboo/10.0.2/com/atlassian/bamboo/utils/i18n/I18nResolverAdapter.html).
package com.atlassian.sal.api.message;

import java.io.Serializable;

public interface Message extends Serializable {
    String getKey();

    Serializable[] getArguments();
}
